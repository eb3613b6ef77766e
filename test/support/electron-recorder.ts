/**
 * A stand-in for the `electron` module that records in `calls` every call made to it, whatever
 * the call, so that a glue which wrongly carries on is seen, not crashed: `app`'s members and
 * the modules in `given` answer as written, anything else is a recorder.
 */
export function recordingElectron(calls: string[], app: Record<string, unknown>, given: Record<string, unknown> = {}) {
  const recorder = (name: string): unknown =>
    new Proxy(function standIn() {}, {
      get: (_target, key) => (key === 'then' ? undefined : recorder(`${name}.${String(key)}`)),
      apply: () => {
        calls.push(name);
        return recorder(`${name}()`);
      },
      construct: () => {
        calls.push(`new ${name}`);
        return recorder(`${name}#`) as object;
      },
    });
  const electron = new Proxy({ app: new Proxy(app, { get: (target, key: string) => target[key] ?? recorder(`app.${key}`) }), ...given } as Record<string, unknown>, {
    get: (target, key: string) => target[key] ?? recorder(key),
  });
  return { ...Object.fromEntries(['BrowserWindow', 'dialog', 'ipcMain', 'net', 'protocol', 'safeStorage', 'session', 'shell'].map((key) => [key, electron[key]])), app: electron.app, default: electron };
}

/**
 * The `app` and `dialog` of a first, Finnish start on `userData`: quit and every error
 * dialog are recorded; `extra` adds or overrides members of `app`.
 */
export function recordingApp(recorded: { calls: string[]; dialogs: [string, string][]; userData: string }, extra: Record<string, unknown> = {}) {
  const app: Record<string, unknown> = {
    requestSingleInstanceLock: () => true,
    quit: () => recorded.calls.push('app.quit'),
    whenReady: () => Promise.resolve(),
    getPath: () => recorded.userData,
    getLocale: () => 'fi-FI',
    ...extra,
  };
  const dialog = { showErrorBox: (title: string, message: string) => recorded.dialogs.push([title, message]) };
  return { app, dialog };
}
