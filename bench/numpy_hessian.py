#!/usr/bin/env python3
"""Baseline for bench/width-bench.sh: the loss Hessian of a two-layer leaky-ReLU network (teacher I_k) and its
eigenvalues with numpy (vectorised over neuron pairs, LAPACK eigvalsh), written from the formulas of MATH.md and
STACK-NOTES ("template"), independently of Landscape's code. Usage: numpy_hessian.py W.json ALPHA
Prints the wall time of Hessian + eigvalsh (after imports and file reading) and the smallest eigenvalues."""
import json, sys, time
import numpy as np

def hessian(W, V, a):
    k, d = W.shape
    X = np.vstack([W, V])                                   # rows: students, then teachers
    sign = np.concatenate([np.ones(k), -np.ones(len(V))])   # +K(w_i,w_l), -K(w_i,v_j)
    nw = np.linalg.norm(W, axis=1); nx = np.linalg.norm(X, axis=1)
    wh = W / nw[:, None]; xh = X / nx[:, None]
    p = np.linalg.norm(wh[:, None, :] - xh[None, :, :], axis=2); q = np.linalg.norm(wh[:, None, :] + xh[None, :, :], axis=2)
    th = 2 * np.arctan2(p, q); u = np.cos(th); st = np.sin(th)
    b = (1 - a) ** 2
    hp = a + b * (np.pi - th) / (2 * np.pi)                 # h'
    s = b * st / (2 * np.pi)                                # h - u h'
    t = b * st / (2 * np.pi)                                # h'' sin^2
    dvec = xh[None, :, :] - u[:, :, None] * wh[:, None, :]  # sin(theta) n
    evec = wh[:, None, :] - u[:, :, None] * xh[None, :, :]  # sin(theta) m
    with np.errstate(divide='ignore', invalid='ignore'):
        ft = np.where(st > 1e-300, t / st ** 2, 0.0)
    I = np.eye(d)
    ratio = nx[None, :] / nw[:, None]
    hww = ratio[:, :, None, None] * (s[:, :, None, None] * (I - wh[:, None, :, None] * wh[:, None, None, :])
                                     + ft[:, :, None, None] * dvec[:, :, :, None] * dvec[:, :, None, :])
    self_mask = np.zeros((k, k + len(V))); self_mask[np.arange(k), np.arange(k)] = 1
    weight = sign[None, :] * (1 - self_mask)
    H = np.zeros((k * d, k * d))
    diag = (1 + a * a) / 2 * I + np.einsum('il,ilrc->irc', weight, hww)
    hwv = (hp[:, :k, None, None] * I + s[:, :k, None, None] * wh[:, None, :, None] * xh[None, :k, None, :]
           + ft[:, :k, None, None] * dvec[:, :k, :, None] * evec[:, :k, None, :])
    H4 = hwv.transpose(0, 2, 1, 3).copy()                   # (i, r, l, c)
    for i in range(k):
        H4[i, :, i, :] = diag[i]
    return H4.reshape(k * d, k * d)

W = np.array(json.load(open(sys.argv[1])), dtype=float)
alpha = float(sys.argv[2]) if len(sys.argv) > 2 else 0.0
V = np.eye(W.shape[1])
t0 = time.perf_counter()
H = hessian(W, V, alpha)
ev = np.linalg.eigvalsh((H + H.T) / 2)
t1 = time.perf_counter()
print("numpy Hessian %dx%d + eigvalsh: %.3f s; smallest eigenvalues %s" % (H.shape[0], H.shape[1], t1 - t0,
      np.array2string(ev[:3], precision=10)))
