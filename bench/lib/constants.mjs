// The code every action types, pastes or autofills.
export const CODE = '123456';
