"""The lesson's echo server (recv(1024), then sendall), with a thread per client so that it
serves many at once. It listens on 127.0.0.1 at a port the OS picks and prints that port."""

import socket
import sys
import threading

HOST = "127.0.0.1"


def echo(conn):
    with conn:
        while True:
            data = conn.recv(1024)
            if not data:
                break
            conn.sendall(data)


def accept_forever(server):
    while True:
        conn, _ = server.accept()
        threading.Thread(target=echo, args=(conn,), daemon=True).start()


def main():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind((HOST, 0))
        server.listen()
        print(server.getsockname()[1], flush=True)
        threading.Thread(target=accept_forever, args=(server,), daemon=True).start()
        # The benchmark holds our stdin: when it closes (or the benchmark dies), stop.
        sys.stdin.read()


if __name__ == "__main__":
    main()
