// The administrators' pages: people and their accounts, and the local mailbox.
export { InvitePage } from "./InvitePage";
export { MailboxPage } from "./MailboxPage";
export { RequireAdministrator } from "./RequireAdministrator";
export { UserPage } from "./UserPage";
export { UsersPage } from "./UsersPage";
