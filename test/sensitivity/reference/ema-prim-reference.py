"""The EMA Workbench's Prim (github.com/quaquel/EMAworkbench, ema_workbench/analysis/prim.py:
_peel, _real_peel, _paste, _real_paste, _lenient1_obj_func, prim_util.get_quantile; real-valued
inputs, default objective and update) transcribed line by line with numpy arrays in place of its
DataFrames (pandas is not installed here), to check hukou-sim's TypeScript port. Run offline:

    python3 ema-prim-reference.py X.csv Y.csv   # X: one run per row, Y: 0/1 per run

with X and Y written from the samples of test/sensitivity/prim.test.ts; the boxes it prints are
pinned there. Not part of the test suite."""
import math, sys, json
import numpy as np

def get_quantile(data, quantile):
    data = np.sort(data)
    i = (len(data) - 1) * quantile
    lo, hi = math.floor(i), math.ceil(i)
    if quantile > 0.5:
        while (data[lo] == data[hi]) & (lo > 0): lo -= 1
    else:
        while (data[lo] == data[hi]) & (hi < len(data) - 1): hi += 1
    return (data[lo] + data[hi]) / 2

def lenient1(y_old, y_new):
    mean_old = np.mean(y_old); mean_new = np.mean(y_new) if y_new.shape[0] > 0 else 0
    delta = mean_new - mean_old
    obj = 0
    if mean_old != mean_new:
        if y_old.shape[0] > y_new.shape[0]: obj = delta / (y_old.shape[0] - y_new.shape[0])
        elif y_old.shape[0] < y_new.shape[0]: obj = delta / (y_new.shape[0] - y_old.shape[0])
    return obj

def in_box(x, lims, dims):
    ok = np.ones(x.shape[0], dtype=bool)
    for d in dims: ok &= (x[:, d] >= lims[0, d]) & (x[:, d] <= lims[1, d])
    return ok

def run(x, y, peel_alpha=0.05, paste_alpha=0.05, mass_min=0.05, threshold=0.8, max_boxes=5):
    n, k = x.shape
    init = np.vstack([x.min(0), x.max(0)])
    restricted = lambda lims: [d for d in range(k) if lims[0, d] != init[0, d] or lims[1, d] != init[1, d]]
    remaining = np.arange(n)
    traj, boxes = [], []
    for b in range(1, max_boxes + 1):
        if remaining.size == 0 or y[remaining].sum() == 0: break
        yi = remaining.copy(); lims = init.copy()
        rec = lambda phase: traj.append(dict(box=b, phase=phase, n=int(yi.size), cases=float(y[yi].sum()), restricted=len(restricted(lims))))
        rec('start')
        while True:  # _peel
            mass_old = yi.shape[0] / n
            scores = []
            for j in range(k):
                xj = x[yi, j]
                for direction in ['upper', 'lower']:
                    if direction == 'upper':
                        q = get_quantile(xj, 1 - peel_alpha); idx = yi[xj <= q]; nl = lims.copy(); nl[1, j] = q
                    else:
                        q = get_quantile(xj, peel_alpha); idx = yi[xj >= q]; nl = lims.copy(); nl[0, j] = q
                    scores.append((lenient1(y[yi], y[idx]), k - len(restricted(nl)), nl, idx))
            scores.sort(key=lambda s: (s[0], s[1]), reverse=True)
            obj, _, nl, idx = scores[0]
            if (idx.shape[0] / n >= mass_min) and (idx.shape[0] / n < mass_old) and obj > 0:
                yi, lims = idx, nl; rec('peel')
            else: break
        while True:  # _paste
            mass_old = yi.shape[0] / n
            res = restricted(lims)
            xr = x[remaining]
            scores = []
            for u in res:
                for i, direction in enumerate(['lower', 'upper']):
                    box_paste = lims.copy(); paste_box = lims.copy()
                    mn, mx = init[0, u], init[1, u]
                    if direction == 'lower':
                        paste_box[:, u] = mn, box_paste[0, u]
                        data = xr[in_box(xr, paste_box, res), u]
                        value = get_quantile(data, 1 - paste_alpha) if data.size > 0 else mn
                    else:
                        paste_box[:, u] = paste_box[1, u], mx
                        data = xr[in_box(xr, paste_box, res), u]
                        value = get_quantile(data, paste_alpha) if data.size > 0 else mx
                    box_paste[i, u] = value
                    idx = remaining[in_box(xr, box_paste, res)]
                    scores.append((lenient1(y[yi], y[idx]), k - len(restricted(box_paste)), box_paste, idx))
            if not scores: break
            scores.sort(key=lambda s: (s[0], s[1]), reverse=True)
            obj, _, nl, idx = scores[0]
            if (idx.shape[0] / n >= mass_min) and (idx.shape[0] / n > mass_old) and obj > 0 and np.mean(y[idx]) > np.mean(y[yi]):
                yi, lims = idx, nl; rec('paste')
            else: break
        if y[yi].mean() < threshold: break
        boxes.append(dict(n=int(yi.size), cases=float(y[yi].sum()), limits=lims.T.tolist()))
        mask = np.ones(n, dtype=bool); mask[yi] = False
        remaining = remaining[mask[remaining]]
    return dict(trajectory=traj, boxes=boxes)

X = np.loadtxt(sys.argv[1], delimiter=','); Y = np.loadtxt(sys.argv[2])
print(json.dumps(run(X, Y)))
