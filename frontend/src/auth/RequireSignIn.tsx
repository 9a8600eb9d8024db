// Around every route that needs someone signed in: sends anyone else to the
// sign-in page, remembering where they were going.
import { Navigate, Outlet, useLocation } from "react-router";
import { withReturnTo } from "./returnTo";
import { useMe } from "./session";

export function RequireSignIn() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return null;
  if (me.isError) throw me.error;
  if (!me.data) {
    const here = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={withReturnTo("/sign-in", here)} replace />;
  }
  return <Outlet />;
}
