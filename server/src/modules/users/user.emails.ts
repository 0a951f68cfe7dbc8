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
  accountLocked: (to: string, limit: number, resetLink: string): EmailToQueue => ({
    to,
    template: 'account-locked',
    subject: 'Your Digital Marketplace account has been locked',
    text: `Your account has been locked after ${limit} failed sign-in attempts. To unlock it, reset your password:\n\n${resetLink}\n\nIf this was not you, reset your password now and tell the Digital Marketplace support team.${footer}`,
  }),
  signInOnOtherSite: (to: string, siteName: string, signInLink: string): EmailToQueue => ({
    to,
    template: 'sign-in-on-other-site',
    subject: 'Sign in to the Digital Marketplace on the right website',
    text: `Someone tried to sign in with this email address on a website your account does not use. Your account signs in on ${siteName}:\n\n${signInLink}\n\nIf this was not you, reset your password.${footer}`,
  }),
  supplierAccountForExistingUser: (to: string, companyName: string, signInLink: string): EmailToQueue => ({
    to,
    template: 'supplier-account-existing-user',
    subject: 'You already have a Digital Marketplace account',
    text: `Someone created a supplier account for ${companyName} with this email address as its login, but you already have an account, so no new login was made.\n\nSign in with your existing account: ${signInLink}\nTo sign in for ${companyName} as well, ask the Digital Marketplace support team to add you to it.${footer}`,
  }),
  passwordChanged: (to: string, resetLink: string): EmailToQueue => ({
    to,
    template: 'password-changed',
    subject: 'Your Digital Marketplace password has been changed',
    text: `The password of your account was changed. If this was not you, reset it now: ${resetLink}${footer}`,
  }),
};
