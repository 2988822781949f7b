// @mfa-kit/ui/step-up-dialog: the step-up dialog. Its own entry, so that neither the login step's first load nor
// the main entry carries it: mount it where sensitive actions live. Styles: '@mfa-kit/ui/styles.css'.
export { StepUpDialog } from './step-up-dialog/step-up-dialog.js';
export type { StepUpDialogProps } from './step-up-dialog/step-up-dialog.js';
