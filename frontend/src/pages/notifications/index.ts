// The signed-in person's in-app notifications.
export { InboxPage } from "./InboxPage";
