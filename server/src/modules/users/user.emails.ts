import type { EmailToQueue } from '../notifications/notifications.service.js';

const footer = '\n\nDigital Marketplace\nIf you did not expect this email, you can ignore it.';

export const emails = {
  createBuyerAccount: (to: string, link: string): EmailToQueue => ({
    to,
    template: 'create-buyer-account',
    subject: 'Create your Digital Marketplace buyer account',
    text: `To create your buyer account, use this link within 7 days:\n\n${link}${footer}`,
  }),
  accountAlreadyExists: (to: string, signInLink: string, resetLink: string): EmailToQueue => ({
    to,
    template: 'account-already-exists',
    subject: 'You already have a Digital Marketplace account',
    text: `Someone asked to create an account with this email address, but you already have one.\n\nSign in: ${signInLink}\nForgotten your password? ${resetLink}${footer}`,
  }),
  adminInvitation: (to: string, roleLabel: string, link: string): EmailToQueue => ({
    to,
    template: 'admin-invitation',
    subject: 'You have been invited to the Digital Marketplace admin',
    text: `You have been invited to the Digital Marketplace admin as "${roleLabel}". Create your account within 7 days:\n\n${link}${footer}`,
  }),
  supplierInvitation: (to: string, supplierName: string, link: string): EmailToQueue => ({
    to,
    template: 'supplier-invitation',
    subject: `Join ${supplierName} on the Digital Marketplace`,
    text: `You have been invited to sign in to the Digital Marketplace for ${supplierName}. Create your login within 7 days:\n\n${link}${footer}`,
  }),
  resetPassword: (to: string, link: string): EmailToQueue => ({
    to,
    template: 'reset-password',
    subject: 'Reset your Digital Marketplace password',
    text: `To reset your password, use this link within 24 hours:\n\n${link}${footer}`,
  }),
  resetPasswordInactive: (to: string): EmailToQueue => ({
    to,
    template: 'reset-password-inactive',
    subject: 'Your Digital Marketplace account is deactivated',
    text: `Someone asked to reset the password of this account, but it has been deactivated. Contact the Digital Marketplace support team to reactivate it.${footer}`,
  }),
  passwordChanged: (to: string, resetLink: string): EmailToQueue => ({
    to,
    template: 'password-changed',
    subject: 'Your Digital Marketplace password has been changed',
    text: `The password of your account was changed. If this was not you, reset it now: ${resetLink}${footer}`,
  }),
};
