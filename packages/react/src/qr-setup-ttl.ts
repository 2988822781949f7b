/**
 * How long a set-up QR code's flow stays open (adding an authenticator app, at login or in settings): it does not
 * run out while the user reaches for the phone. A texted set-up code keeps the default lifetime, as at login.
 */
export const QR_SETUP_TTL_MS = 24 * 60 * 60 * 1000;
