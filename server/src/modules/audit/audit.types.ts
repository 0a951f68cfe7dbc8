import { registerEnumType } from 'type-graphql';

/** Event types: the original service's names where it had one, new ones where it did not. */
export enum AuditType {
  CREATE_USER = 'create_user',
  UPDATE_USER = 'update_user',
  INVITE_USER = 'invite_user',
  USER_AUTH_FAILED = 'user_auth_failed',
  USER_SIGNED_IN = 'user_signed_in',
  USER_SIGNED_OUT = 'user_signed_out',
  REQUEST_ACCOUNT = 'request_account',
  REQUEST_PASSWORD_RESET = 'request_password_reset',
  RESET_PASSWORD = 'reset_password',
  CHANGE_PASSWORD = 'change_password',
  UNLOCK_USER = 'unlock_user',
  ADD_BUYER_EMAIL_DOMAIN = 'add_buyer_email_domain',
  REMOVE_BUYER_EMAIL_DOMAIN = 'remove_buyer_email_domain',
  FRAMEWORK_UPDATE = 'framework_update',
  CREATE_SUPPLIER = 'create_supplier',
  SUPPLIER_UPDATE = 'supplier_update',
  REGISTER_FRAMEWORK_INTEREST = 'register_framework_interest',
  UPDATE_DECLARATION_ANSWERS = 'update_declaration_answers',
  COMPLETE_DECLARATION = 'complete_declaration',
  UPDATE_SUPPLIER_FRAMEWORK = 'update_supplier_framework',
  SIGN_AGREEMENT = 'sign_agreement',
  UPDATE_AGREEMENT = 'update_agreement',
  COUNTERSIGN_AGREEMENT = 'countersign_agreement',
  CREATE_DRAFT_SERVICE = 'create_draft_service',
  UPDATE_DRAFT_SERVICE = 'update_draft_service',
  COMPLETE_DRAFT_SERVICE = 'complete_draft_service',
  DELETE_DRAFT_SERVICE = 'delete_draft_service',
}
registerEnumType(AuditType, { name: 'AuditType' });
