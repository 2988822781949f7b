import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { navigate } from '../router/router';
import { authSession } from '../session/auth-session';
import { demoTexts } from './demo-texts';

/** Forgets the session and every cached answer (the next user must not see this one's devices). */
export function useSignOut(): () => void {
  const queryClient = useQueryClient();
  return useCallback(() => {
    authSession.signOut();
    queryClient.clear();
    navigate('/sign-in', { notice: demoTexts().signedOut });
  }, [queryClient]);
}
