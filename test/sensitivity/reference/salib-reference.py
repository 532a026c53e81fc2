"""How the SALib values pinned in test/sensitivity/regression.test.ts were obtained (run offline;
not part of the test suite, which needs no Python).

SALib (https://github.com/SALib/SALib, commit 1c37548) with numpy 2.4 and scipy 1.17; its source
tree on PYTHONPATH (pandas, matplotlib and multiprocess are only imported, so stubs suffice).
The samples are written by hukou-sim's own samplers (seed 42) as CSV, one row per run:

  X1000.csv / Y1000.csv  Latin hypercube n = 1000 on Ishigami (RBD-FAST)
  X300.csv  / Y300.csv   Latin hypercube n = 300 on Ishigami (delta)
  XM.csv    / YM.csv     Morris r = 100, 4 levels, on Ishigami
  The Saltelli N = 1024 matrix is SALib's own saltelli.sample(calc_second_order=False), which
  equals sampleSaltelli(…, 1024, seed) without scrambling bit for bit.
"""
import numpy as np
from SALib.analyze import delta, morris, rbd_fast, sobol
from SALib.sample import saltelli
from SALib.test_functions import Ishigami

names = ["x1", "x2", "x3"]
problem = {"num_vars": 3, "names": names, "bounds": [[-np.pi, np.pi]] * 3, "groups": None}

# Sobol': deterministic S1, ST; intervals over 20 seeds give the ranges quoted in the test.
XS = saltelli.sample(problem, 1024, calc_second_order=False)
YS = Ishigami.evaluate(XS)
print(sobol.analyze(problem, YS, calc_second_order=False, seed=0))

# RBD-FAST: the point estimate (no randomness).
X = np.loadtxt("X1000.csv", delimiter=","); Y = np.loadtxt("Y1000.csv")
print([rbd_fast.unskew_S1(rbd_fast.compute_first_order(rbd_fast.permute_outputs(X[:, i], Y), 10), 10, len(Y)) for i in range(3)])

# delta: δ̂ (eq. 26) and S1 on the whole sample with SALib's classes and grid.
X = np.loadtxt("X300.csv", delimiter=","); Y = np.loadtxt("Y300.csv")
n = len(Y)
M = int(np.round(min(int(np.ceil(n ** (2.0 / (7.0 + np.tanh((1500.0 - n) / 500.0))))), 48)))
m = np.linspace(0, n, M + 1)
grid = np.linspace(Y.min(), Y.max(), 100)
print([delta.calc_delta(Y, grid, X[:, i], m) for i in range(3)], [delta.sobol_first(Y, X[:, i], m) for i in range(3)])

# Morris: μ, μ*, σ from the rows (SALib infers each step from X).
X = np.loadtxt("XM.csv", delimiter=","); Y = np.loadtxt("YM.csv")
print(morris.analyze(problem, X, Y, num_levels=4, seed=0))
