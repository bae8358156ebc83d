/** What the command line (npm start, npm run serve) says. */
export const cli = {
  usage: `Usage: npm run serve -- [options]   (or: node out/main/serve.js [options])

Serves SocketScope to a browser on this machine, with the same back end as the desktop app.

  --port N         port to listen on (default 0: the OS picks a free one)
  --host H         address to listen on (default 127.0.0.1; localhost also means 127.0.0.1)
  --allow-remote   needed for any other --host: anyone who can reach that address and has
                   the URL could open sockets on this machine through SocketScope
  --json           print {"url": ...} as one JSON line instead of the message
  -h, --help       show this help`,
  seeHelp: 'Run with --help to see the options.',
  open: 'SocketScope browser mode: open {{url}}',
  stopHint: 'Ctrl+C stops it and closes every socket it opened.',
  remoteWarning:
    'Warning: serving on {{host}}. Anyone on the network who can reach it and has the URL can open sockets on this machine through SocketScope.',
  couldNotStart: 'SocketScope could not start browser mode: {{reason}}',
  failed: 'SocketScope could not start browser mode:',
  portInUse: 'port {{port}} is already in use. Choose another with --port, or --port 0 for any free port.',
  arguments: {
    unknownOption: "Unknown option '{{option}}'.",
    unexpectedArgument: "Unexpected argument '{{value}}': serve takes options only.",
    missingValue: '{{option}} needs a value, as in {{option}} VALUE.',
    unwantedValue: '{{option}} takes no value.',
    badPort: '--port {{value}}: {{detail}}',
    badHost: '--host: {{detail}}',
    remoteNeedsConsent:
      '--host {{host}} would let anyone on the network who can reach it and has the URL open sockets on this machine. Add --allow-remote if that is what you want.',
    wildcardHost:
      '--host {{host}}: give the one address browsers will use to reach this machine (such as its LAN address), not a wildcard; browser mode accepts only requests addressed to it by name.',
  },
  dist: {
    noElectron:
      'Cannot build the installers: the Electron binary is not installed here (its download failed or was skipped). {{reason}}',
  },
  launch: {
    downloading: "Downloading Electron's binary (first start only)…",
    noElectron:
      'The Electron binary is not installed and could not be downloaded here, so the desktop window cannot open. Starting browser mode instead.',
    electronFailed: 'Could not start Electron ({{executable}}): {{message}}',
    sandboxAbort: `Electron stopped at once: this Linux does not let its sandbox start (Ubuntu 23.10 and later restrict it through AppArmor). Any one of these fixes it:
  - install SocketScope's .deb package, which brings the AppArmor profile it needs;
  - let this copy's sandbox helper run as root:
      sudo chown root:root {{sandbox}} && sudo chmod 4755 {{sandbox}}
  - or allow unprivileged user namespaces (less safe, for every program):
      sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0
Starting browser mode instead.`,
    missing: {
      noBuild: 'Electron publishes no build for the platform "{{platform}}".',
      overrideMissing: 'ELECTRON_OVERRIDE_DIST_PATH is set, but {{path}} does not exist.',
      notInstalled: 'The electron package is not installed in {{path}}.',
      neverDownloaded: '{{path}} is missing: the Electron binary was never downloaded.',
      downloadUnfinished: '{{path}} does not exist: the Electron binary download did not finish.',
    },
  },
};
