// govuk-frontend ships no TypeScript declarations; these cover what we use.
declare module "govuk-frontend" {
  export class Component {
    constructor($root: Element, config?: unknown);
  }
  export class SkipLink extends Component {}
  export class ErrorSummary extends Component {}
  export class NotificationBanner extends Component {}
  export class ServiceNavigation extends Component {}
  export class PasswordInput extends Component {}
  export function isSupported(scope?: HTMLElement): boolean;
}
