// "Create a password": a new password typed twice. The rules are the LA's
// (configured on the server), so the server checks them and says what is wrong.
import { PasswordInput } from "../../govuk/PasswordInput";
import type { MappedFieldErrors } from "../../api/problem";

export function ChoosePasswordFields({ errors }: { errors: MappedFieldErrors | null }) {
  return (
    <>
      <PasswordInput
        id="password"
        name="password"
        label="New password"
        hint={
          <>
            Use at least 12 characters. Three or four unrelated words make a strong password that is
            easy to remember. Do not use a password you use anywhere else.
          </>
        }
        autoComplete="new-password"
        error={errors?.byField.password}
      />
      <PasswordInput
        id="confirm_password"
        name="confirm_password"
        label="Type the new password again"
        autoComplete="new-password"
        error={errors?.byField.confirm_password}
      />
    </>
  );
}

/** The browser's own checks, before asking the server. */
export function passwordProblems(password: string, confirm: string) {
  if (!password) return [{ field: "password", message: "Enter a new password" }];
  if (password !== confirm) {
    return [{ field: "confirm_password", message: "The two passwords do not match" }];
  }
  return [];
}
