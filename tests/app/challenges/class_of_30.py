#!/usr/bin/env python3
"""Thirty students at once for a look at the projector view: each connects from its own
127.0.0.x address to the class port and does the 'name' challenge, some of them wrong.
Usage: class_of_30.py PORT [SECONDS_TO_HOLD]"""
import socket
import sys
import time

port = int(sys.argv[1])
hold = float(sys.argv[2]) if len(sys.argv) > 2 else 20
names = ["Ada Lovelace", "Grace Hopper", "김민지", "이서준", "Alan Turing", "박지우",
         "Barbara Liskov", "최유나", "Linus", "정하준"]
held = []
for i in range(30):
    s = socket.socket()
    s.bind(("127.0.0.%d" % (10 + i), 0))
    try:
        s.connect(("127.0.0.1", port))
    except OSError as error:
        print("student", i, error)
        continue
    if i % 10 == 7:
        s.sendall(b"\xff\xfe bad bytes\n")           # not UTF-8
    elif i % 10 == 8:
        s.sendall(b"\n")                             # empty
    elif i % 10 == 9:
        pass                                          # connected, says nothing yet
    else:
        s.sendall((names[i % len(names)] + " %d\n" % i).encode())
    held.append(s)
    time.sleep(0.05)
time.sleep(hold)
