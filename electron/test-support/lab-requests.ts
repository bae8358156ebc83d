/** The lesson's socket: TCP on loopback with recv(1024); port 0 lets a server take any free port. */
export const LESSON_SOCKET = { protocol: 'tcp', host: '127.0.0.1', port: 0, recvBufferSize: 1024 } as const;
