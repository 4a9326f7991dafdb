// The login hook: api.ts calls the prompt on a 401; the form POSTs /api/auth/login and keeps the token in
// sessionStorage (gone when the tab closes).
import { api, setLoginPrompt, setToken } from './api';
import { el } from './dom';
import { t } from './i18n';

export function installLogin(onLoggedIn: () => void = () => {}): void {
  setLoginPrompt(() => new Promise<void>((resolve) => {
    const username = el('input', { type: 'text', name: 'username', autocomplete: 'username', required: true, 'data-testid': 'login-username', id: 'login-username' });
    const password = el('input', { type: 'password', name: 'password', autocomplete: 'current-password', required: true, 'data-testid': 'login-password', id: 'login-password' });
    const error = el('p', { class: 'warn', 'data-testid': 'login-error', hidden: true });
    const submit = el('button', { type: 'submit', class: 'btn primary', 'data-testid': 'login-submit' }, t('login.submit'));
    const form = el('form', { class: 'login-form', 'data-testid': 'login-form' },
      el('h2', {}, t('login.title')),
      el('p', { class: 'muted' }, t('login.prompt')),
      el('label', { class: 'field wide' }, el('span', {}, t('login.username')), username),
      el('label', { class: 'field wide' }, el('span', {}, t('login.password')), password),
      error,
      submit);
    const overlay = el('div', { class: 'modal', role: 'dialog', 'aria-modal': 'true' }, form);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submit.disabled = true;
      api.login(username.value, password.value).then((res) => {
        setToken(res.token);
        overlay.remove();
        onLoggedIn();
        resolve();
      }, (err: unknown) => {
        submit.disabled = false;
        error.hidden = false;
        error.textContent = t('login.failed', { detail: err instanceof Error ? err.message : String(err) });
      });
    });
    document.body.appendChild(overlay);
    username.focus();
  }));
}
