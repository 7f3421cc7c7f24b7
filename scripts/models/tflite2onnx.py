#!/usr/bin/env python3
"""Myna Booth's TFLite → ONNX converter for the MediaPipe face models (issue 4).

It owns the conversion only: it parses the TFLite flatbuffer (the `tflite` package), and writes an
ONNX graph (the `onnx` package) that tract-onnx runs. It handles exactly the operators those
models use and stops with a clear error on any other.

- The ONNX model keeps the TFLite interface: same input/output names, NHWC input, outputs in the
  TFLite shapes. Inside, 4-D activations are NCHW (ONNX convolution layout); transposes are
  inserted where an operator needs the TFLite layout (RESHAPE, graph outputs).
- DEQUANTIZE of float16 weights is folded: the weights become float32 constants.
- PRELU is written as max(x, 0) + alpha * min(x, 0).
- MediaPipe's custom Convolution2DTransposeBias becomes ConvTranspose with its bias.
- MEAN over the spatial axes (dimensions kept) becomes an AveragePool over the whole plane.
- MAX_POOL_2D over 2x2 blocks becomes reshapes, slices and element-wise maxima (same values;
  tract's generic max pooling is about twice as slow).
- RESIZE_BILINEAR by exactly 2 with half-pixel centres becomes edge padding, slices, weighted
  sums and an interleave per axis (the same values; tract's generic Resize is several times
  slower).

Usage: tflite2onnx.py MODEL.tflite OUT.onnx
"""

import sys

import numpy as np
import onnx
import tflite
from onnx import TensorProto, helper, numpy_helper

OPSET = 13

OPNAMES = {v: k for k, v in tflite.BuiltinOperator.__dict__.items() if not k.startswith("_")}

# tflite.Padding: SAME = 0, VALID = 1. Fused activations.
ACT_NONE, ACT_RELU, ACT_RELU_N1_TO_1, ACT_RELU6 = 0, 1, 2, 3

NP_TYPES = {
    tflite.TensorType.FLOAT32: np.float32,
    tflite.TensorType.FLOAT16: np.float16,
    tflite.TensorType.INT32: np.int32,
    tflite.TensorType.INT64: np.int64,
}


class ConversionError(Exception):
    pass


def options(op, cls):
    table = op.BuiltinOptions()
    opt = cls()
    if table is not None:
        opt.Init(table.Bytes, table.Pos)
    return opt


def same_pads(in_size, kernel, stride, dilation=1):
    """TFLite SAME padding: (before, after) for one spatial axis."""
    eff = (kernel - 1) * dilation + 1
    out = (in_size + stride - 1) // stride
    total = max((out - 1) * stride + eff - in_size, 0)
    return total // 2, total - total // 2


class Converter:
    def __init__(self, data):
        self.model = tflite.Model.GetRootAsModel(data, 0)
        if self.model.SubgraphsLength() != 1:
            raise ConversionError("expected exactly one subgraph")
        self.g = self.model.Subgraphs(0)
        self.nodes = []
        self.inits = []
        self.consts = {}  # tensor index -> numpy array (constant weights)
        self.names = {}  # (tensor index, layout) -> onnx value name; layout "nchw" or "plain"
        self.counter = 0
        self.layout = {}  # tensor index -> layout of its produced value

    # ---- helpers -------------------------------------------------------------------------
    def fresh(self, stem):
        self.counter += 1
        return f"{stem}__{self.counter}"

    def tensor(self, i):
        return self.g.Tensors(i)

    def shape(self, i):
        return [int(d) for d in self.tensor(i).ShapeAsNumpy()]

    def tname(self, i):
        return self.tensor(i).Name().decode()

    def const_array(self, i):
        if i in self.consts:
            return self.consts[i]
        t = self.tensor(i)
        buf = self.model.Buffers(t.Buffer())
        if buf is None or buf.DataLength() == 0:
            return None
        dtype = NP_TYPES.get(t.Type())
        if dtype is None:
            raise ConversionError(f"tensor {self.tname(i)}: unsupported type {t.Type()}")
        arr = np.frombuffer(buf.DataAsNumpy().tobytes(), dtype=dtype).reshape(self.shape(i))
        self.consts[i] = arr
        return arr

    def add_init(self, arr, stem):
        name = self.fresh(stem)
        self.inits.append(numpy_helper.from_array(np.ascontiguousarray(arr), name))
        return name

    def node(self, op_type, inputs, stem, **attrs):
        out = self.fresh(stem)
        self.nodes.append(helper.make_node(op_type, inputs, [out], **attrs))
        return out

    def value(self, i, want):
        """The ONNX name of tensor i in the wanted layout ("nchw" or "plain")."""
        rank = len(self.shape(i))
        if rank != 4:
            want = "plain"
        key = (i, want)
        if key in self.names:
            return self.names[key]
        arr = self.const_array(i)
        if arr is not None:
            a = arr.astype(np.float32) if arr.dtype == np.float16 else arr
            if want == "nchw":
                a = a.transpose(0, 3, 1, 2)
            name = self.add_init(a, "const")
        else:
            have = self.layout.get(i)
            if have is None:
                raise ConversionError(f"tensor {self.tname(i)} is used before it is produced")
            src = self.names[(i, have)]
            perm = [0, 3, 1, 2] if want == "nchw" else [0, 2, 3, 1]
            name = self.node("Transpose", [src], "transpose", perm=perm)
        self.names[key] = name
        return name

    def produce(self, i, name, layout):
        if len(self.shape(i)) != 4:
            layout = "plain"
        self.names[(i, layout)] = name
        self.layout[i] = layout

    def activation(self, name, act):
        if act == ACT_NONE:
            return name
        if act == ACT_RELU:
            return self.node("Relu", [name], "relu")
        if act in (ACT_RELU6, ACT_RELU_N1_TO_1):
            lo, hi = (0.0, 6.0) if act == ACT_RELU6 else (-1.0, 1.0)
            lo_n = self.add_init(np.array(lo, np.float32), "lo")
            hi_n = self.add_init(np.array(hi, np.float32), "hi")
            return self.node("Clip", [name, lo_n, hi_n], "clip")
        raise ConversionError(f"unsupported fused activation {act}")

    def broadcast_const(self, i, rank4):
        """A constant operand of an element-wise op, shaped to broadcast against NCHW."""
        arr = self.const_array(i).astype(np.float32)
        if rank4:
            while arr.ndim < 4:
                arr = arr.reshape((1,) + arr.shape)
            arr = arr.transpose(0, 3, 1, 2)
        return self.add_init(arr, "const")

    # ---- operators -----------------------------------------------------------------------
    def convert(self):
        g = self.g
        for k in range(g.InputsLength()):
            i = g.Inputs(k)
            self.produce(i, self.tname(i), "plain")
        for k in range(g.OperatorsLength()):
            op = g.Operators(k)
            oc = self.model.OperatorCodes(op.OpcodeIndex())
            code = max(oc.BuiltinCode(), oc.DeprecatedBuiltinCode())
            ins = [op.Inputs(j) for j in range(op.InputsLength())]
            out = op.Outputs(0)
            if code == tflite.BuiltinOperator.CUSTOM:
                custom = oc.CustomCode().decode()
                if custom != "Convolution2DTransposeBias":
                    raise ConversionError(f"unsupported custom operator {custom}")
                self.conv_transpose_bias(op, ins, out)
                continue
            name = OPNAMES.get(code, str(code))
            handler = getattr(self, "op_" + name.lower(), None)
            if handler is None:
                raise ConversionError(f"unsupported operator {name}")
            handler(op, ins, out)

        outputs = []
        for k in range(g.OutputsLength()):
            i = g.Outputs(k)
            src = self.value(i, "plain")
            final = self.tname(i)
            self.nodes.append(helper.make_node("Identity", [src], [final]))
            outputs.append(helper.make_tensor_value_info(final, TensorProto.FLOAT, self.shape(i)))
        inputs = []
        for k in range(g.InputsLength()):
            i = g.Inputs(k)
            inputs.append(helper.make_tensor_value_info(self.tname(i), TensorProto.FLOAT, self.shape(i)))
        graph = helper.make_graph(self.nodes, "converted", inputs, outputs, self.inits)
        model = helper.make_model(
            graph,
            producer_name="myna-booth tflite2onnx",
            opset_imports=[helper.make_opsetid("", OPSET)],
        )
        model.ir_version = 8
        onnx.checker.check_model(model)
        return model

    def op_dequantize(self, op, ins, out):
        arr = self.const_array(ins[0])
        if arr is None:
            raise ConversionError("DEQUANTIZE of a non-constant tensor")
        if arr.dtype != np.float16:
            raise ConversionError(f"DEQUANTIZE from {arr.dtype} (only float16 is supported)")
        self.consts[out] = arr.astype(np.float32)

    def conv_common(self, ins, out, weights, group, stride, dilation, padding, act):
        x = self.value(ins[0], "nchw")
        _, h, w, _ = self.shape(ins[0])
        kh, kw = weights.shape[2], weights.shape[3]
        if padding == tflite.Padding.SAME:
            pt, pb = same_pads(h, kh, stride[0], dilation[0])
            pl, pr = same_pads(w, kw, stride[1], dilation[1])
        else:
            pt = pb = pl = pr = 0
        bias = None
        if len(ins) > 2 and ins[2] >= 0:
            bias = self.const_array(ins[2]).astype(np.float32)
        inputs = [x, self.add_init(weights, "w")]
        if bias is not None:
            inputs.append(self.add_init(bias, "b"))
        y = self.node(
            "Conv",
            inputs,
            "conv",
            kernel_shape=[kh, kw],
            strides=list(stride),
            dilations=list(dilation),
            pads=[pt, pl, pb, pr],
            group=group,
        )
        self.produce(out, self.activation(y, act), "nchw")

    def op_conv_2d(self, op, ins, out):
        o = options(op, tflite.Conv2DOptions)
        w = self.const_array(ins[1]).astype(np.float32)  # O H W I
        self.conv_common(
            ins, out, w.transpose(0, 3, 1, 2), 1,
            (o.StrideH(), o.StrideW()), (o.DilationHFactor(), o.DilationWFactor()),
            o.Padding(), o.FusedActivationFunction(),
        )

    def op_depthwise_conv_2d(self, op, ins, out):
        o = options(op, tflite.DepthwiseConv2DOptions)
        w = self.const_array(ins[1]).astype(np.float32)  # 1 H W C*M
        channels = self.shape(ins[0])[3]
        self.conv_common(
            ins, out, w.transpose(3, 0, 1, 2), channels,
            (o.StrideH(), o.StrideW()), (o.DilationHFactor(), o.DilationWFactor()),
            o.Padding(), o.FusedActivationFunction(),
        )

    def conv_transpose_bias(self, op, ins, out):
        # Custom options: TfLiteTransposeConvParams {padding, stride_width, stride_height}, int32
        # each; padding 1 = SAME, 2 = VALID.
        raw = op.CustomOptionsAsNumpy().tobytes()
        padding, stride_w, stride_h = np.frombuffer(raw[:12], dtype="<i4")
        w = self.const_array(ins[1]).astype(np.float32)  # O H W I
        b = self.const_array(ins[2]).astype(np.float32)
        _, h, wd, _ = self.shape(ins[0])
        _, oh, ow, _ = self.shape(out)
        kh, kw = w.shape[1], w.shape[2]
        if padding == 1:
            th = max((h - 1) * stride_h + kh - oh, 0)
            tw = max((wd - 1) * stride_w + kw - ow, 0)
            pads = [th // 2, tw // 2, th - th // 2, tw - tw // 2]
        elif padding == 2:
            pads = [0, 0, 0, 0]
        else:
            raise ConversionError(f"Convolution2DTransposeBias: unknown padding {padding}")
        y = self.node(
            "ConvTranspose",
            [self.value(ins[0], "nchw"), self.add_init(w.transpose(3, 0, 1, 2), "w"), self.add_init(b, "b")],
            "deconv",
            kernel_shape=[kh, kw],
            strides=[int(stride_h), int(stride_w)],
            pads=pads,
        )
        self.produce(out, y, "nchw")

    def op_relu(self, op, ins, out):
        self.produce(out, self.node("Relu", [self.value(ins[0], "nchw")], "relu"), "nchw")

    def op_logistic(self, op, ins, out):
        self.produce(out, self.node("Sigmoid", [self.value(ins[0], "nchw")], "sigmoid"), "nchw")

    def op_hard_swish(self, op, ins, out):
        x = self.value(ins[0], "nchw")
        hs = self.node("HardSigmoid", [x], "hsig", alpha=1.0 / 6.0, beta=0.5)
        self.produce(out, self.node("Mul", [x, hs], "hswish"), "nchw")

    def op_prelu(self, op, ins, out):
        x = self.value(ins[0], "nchw")
        alpha = self.const_array(ins[1]).astype(np.float32)
        rank4 = len(self.shape(ins[0])) == 4
        a = alpha.reshape(-1)
        if rank4:
            a = a.reshape(1, -1, 1, 1) if a.size > 1 else a.reshape(1, 1, 1, 1)
        zero = self.add_init(np.array(0.0, np.float32), "zero")
        pos = self.node("Max", [x, zero], "pos")
        neg = self.node("Min", [x, zero], "neg")
        scaled = self.node("Mul", [neg, self.add_init(a, "alpha")], "scaled")
        self.produce(out, self.node("Add", [pos, scaled], "prelu"), "nchw")

    def binary(self, op_type, ins, out, act):
        rank4 = len(self.shape(out)) == 4
        want = "nchw" if rank4 else "plain"
        operands = []
        for i in ins:
            if self.const_array(i) is not None:
                operands.append(self.broadcast_const(i, rank4 and self.const_array(i).ndim <= 4))
            else:
                operands.append(self.value(i, want))
        y = self.node(op_type, operands, op_type.lower())
        self.produce(out, self.activation(y, act), want)

    def op_add(self, op, ins, out):
        self.binary("Add", ins, out, options(op, tflite.AddOptions).FusedActivationFunction())

    def op_mul(self, op, ins, out):
        self.binary("Mul", ins, out, options(op, tflite.MulOptions).FusedActivationFunction())

    def pool(self, op_type, op, ins, out):
        o = options(op, tflite.Pool2DOptions)
        _, h, w, _ = self.shape(ins[0])
        kh, kw = o.FilterHeight(), o.FilterWidth()
        sh, sw = o.StrideH(), o.StrideW()
        if o.Padding() == tflite.Padding.SAME:
            pt, pb = same_pads(h, kh, sh)
            pl, pr = same_pads(w, kw, sw)
        else:
            pt = pb = pl = pr = 0
        n, _, _, c = self.shape(ins[0])
        if (op_type == "MaxPool" and (kh, kw, sh, sw) == (2, 2, 2, 2) and h % 2 == 0 and w % 2 == 0
                and (pt, pb, pl, pr) == (0, 0, 0, 0)):
            # Rows in pairs, the larger of each pair; then columns in pairs the same way: slices
            # and element-wise maxima, which tract runs faster than its generic max pooling.
            def pair_max(v, shape, axis):
                r = self.node("Reshape", [v, self.add_init(np.array(shape, np.int64), "shape")], "pairs")
                halves = [
                    self.node(
                        "Slice",
                        [
                            r,
                            self.add_init(np.array([k], np.int64), "starts"),
                            self.add_init(np.array([k + 1], np.int64), "ends"),
                            self.add_init(np.array([axis], np.int64), "axes"),
                        ],
                        "half",
                    )
                    for k in (0, 1)
                ]
                return self.node("Max", halves, "max")

            rows = pair_max(self.value(ins[0], "nchw"), [n, c, h // 2, 2, w], 3)
            both = pair_max(rows, [n, c, h // 2, w // 2, 2], 4)
            shape = self.add_init(np.array([n, c, h // 2, w // 2], np.int64), "shape")
            y = self.node("Reshape", [both, shape], "maxpool")
            self.produce(out, self.activation(y, o.FusedActivationFunction()), "nchw")
            return
        attrs = dict(kernel_shape=[kh, kw], strides=[sh, sw], pads=[pt, pl, pb, pr])
        if op_type == "AveragePool":
            attrs["count_include_pad"] = 0
        y = self.node(op_type, [self.value(ins[0], "nchw")], op_type.lower(), **attrs)
        self.produce(out, self.activation(y, o.FusedActivationFunction()), "nchw")

    def op_max_pool_2d(self, op, ins, out):
        self.pool("MaxPool", op, ins, out)

    def op_average_pool_2d(self, op, ins, out):
        self.pool("AveragePool", op, ins, out)

    def op_pad(self, op, ins, out):
        pads = self.const_array(ins[1])
        if pads is None:
            raise ConversionError("PAD with non-constant paddings")
        pads = pads.astype(np.int64)  # [rank, 2] in NHWC order
        if len(self.shape(ins[0])) == 4:
            order = [0, 3, 1, 2]
            onnx_pads = [pads[a, 0] for a in order] + [pads[a, 1] for a in order]
            x = self.value(ins[0], "nchw")
            layout = "nchw"
        else:
            onnx_pads = list(pads[:, 0]) + list(pads[:, 1])
            x = self.value(ins[0], "plain")
            layout = "plain"
        p = self.add_init(np.array(onnx_pads, np.int64), "pads")
        self.produce(out, self.node("Pad", [x, p], "pad", mode="constant"), layout)

    def op_mean(self, op, ins, out):
        # The landscape segmentation model's squeeze-and-excitation blocks: the mean over the
        # spatial axes of an NHWC tensor, dimensions kept. Written as an AveragePool whose
        # kernel is the whole plane (what the square model has there), which tract runs as a
        # fast pooling; tract turns GlobalAveragePool into a much slower strided sum.
        axes = self.const_array(ins[1])
        keep = options(op, tflite.ReducerOptions).KeepDims()
        rank = len(self.shape(ins[0]))
        if axes is None or rank != 4 or sorted(int(a) % rank for a in axes.reshape(-1)) != [1, 2] or not keep:
            raise ConversionError("MEAN other than over the spatial axes of NHWC with dims kept")
        _, h, w, _ = self.shape(ins[0])
        y = self.node(
            "AveragePool", [self.value(ins[0], "nchw")], "mean",
            kernel_shape=[h, w], strides=[h, w], pads=[0, 0, 0, 0],
        )
        self.produce(out, y, "nchw")

    def op_reshape(self, op, ins, out):
        x = self.value(ins[0], "plain")
        s = self.add_init(np.array(self.shape(out), np.int64), "shape")
        self.produce(out, self.node("Reshape", [x, s], "reshape"), "plain")

    def op_concatenation(self, op, ins, out):
        o = options(op, tflite.ConcatenationOptions)
        rank = len(self.shape(out))
        axis = o.Axis() % rank
        if rank == 4:
            axis = [0, 2, 3, 1][axis]
            want = "nchw"
        else:
            want = "plain"
        y = self.node("Concat", [self.value(i, want) for i in ins], "concat", axis=axis)
        self.produce(out, self.activation(y, o.FusedActivationFunction()), want)

    def op_resize_bilinear(self, op, ins, out):
        o = options(op, tflite.ResizeBilinearOptions)
        if o.AlignCorners():
            mode = "align_corners"
        elif o.HalfPixelCenters():
            mode = "half_pixel"
        else:
            mode = "asymmetric"
        n, oh, ow, c = self.shape(out)
        _, ih, iw, _ = self.shape(ins[0])
        if mode == "half_pixel" and (oh, ow) == (2 * ih, 2 * iw):
            x = self.value(ins[0], "nchw")
            taller = self.upsample2_axis(x, 2, [n, c, ih, iw])
            self.produce(out, self.upsample2_axis(taller, 3, [n, c, oh, iw]), "nchw")
            return
        sizes = self.add_init(np.array([n, c, oh, ow], np.int64), "sizes")
        y = self.node(
            "Resize",
            [self.value(ins[0], "nchw"), "", "", sizes],
            "resize",
            mode="linear",
            coordinate_transformation_mode=mode,
        )
        self.produce(out, y, "nchw")


    def upsample2_axis(self, x, axis, shape):
        """Bilinear 2x upsampling with half-pixel centres along one axis of an NCHW value, in
        element-wise operations (tract's Resize is slow): output 2i is 0.75 x[i] + 0.25 x[i-1],
        output 2i+1 is 0.75 x[i] + 0.25 x[i+1], the edges repeated; the two are interleaved."""
        size = shape[axis]
        pads = [0] * 8
        pads[axis] = pads[4 + axis] = 1
        padded = self.node("Pad", [x, self.add_init(np.array(pads, np.int64), "pads")], "pad", mode="edge")

        def part(start):
            return self.node(
                "Slice",
                [
                    padded,
                    self.add_init(np.array([start], np.int64), "starts"),
                    self.add_init(np.array([start + size], np.int64), "ends"),
                    self.add_init(np.array([axis], np.int64), "axes"),
                ],
                "slice",
            )

        prev, cur, nxt = part(0), part(1), part(2)
        three_q = self.node("Mul", [cur, self.add_init(np.array(0.75, np.float32), "c")], "mul")
        quarter = self.add_init(np.array(0.25, np.float32), "c")
        even = self.node("Add", [three_q, self.node("Mul", [prev, quarter], "mul")], "add")
        odd = self.node("Add", [three_q, self.node("Mul", [nxt, quarter], "mul")], "add")
        after = self.add_init(np.array([axis + 1], np.int64), "axes")
        both = self.node(
            "Concat",
            [self.node("Unsqueeze", [even, after], "unsq"), self.node("Unsqueeze", [odd, after], "unsq")],
            "interleave",
            axis=axis + 1,
        )
        shape = list(shape)
        shape[axis] = 2 * size
        return self.node("Reshape", [both, self.add_init(np.array(shape, np.int64), "shape")], "reshape")


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    with open(argv[1], "rb") as f:
        data = f.read()
    try:
        model = Converter(data).convert()
    except ConversionError as e:
        print(f"tflite2onnx: {argv[1]}: {e}", file=sys.stderr)
        return 1
    onnx.save(model, argv[2])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
