#!/usr/bin/env python3
"""Convert a SAM 2.1 checkpoint into a Masklet video tracking model.

Input: a SAM 2.1 checkpoint as transformers loads it (`Sam2VideoModel.from_pretrained`): a local folder written by
`save_pretrained`, or a hub id such as facebook/sam2.1-hiera-tiny that transformers resolves itself.

Output (--out): the layout of Masklet's SAM 2 host contract (tests/fixtures/sam2-micro/CONTRACT.md), which the
Java host loop in bundles/dev.masklet.engine.onnx runs on ONNX Runtime:

    vision_encoder.onnx    pixel_values [1,3,1024,1024] -> high_res_feat0, high_res_feat1, backbone_feat, backbone_pos
    mask_decoder.onnx      prompt encoder + mask decoder + multimask choice + occlusion gating + object pointer
    memory_encoder.onnx    mask -> spatial memory tokens [1,4096,64] and their position encoding
    memory_attention.onnx  current frame feature x memory bank (dynamic length) -> conditioned feature
    obj_ptr_tpos_proj.onnx temporal position encoding of object pointers
    constants.json/.bin    learned vectors the host applies itself and every number of the algorithm
    model.json             descriptor: name, kind "video", files with sizes and sha256 (checked when Masklet opens it)

Every graph is compared with the PyTorch module it was traced from on random inputs (ONNX Runtime, CPU), at two
values of every dynamic axis, unless --no-check is given. Needs, installed by you (Masklet itself never runs
Python): torch, transformers >= 5.17, onnx, and onnxruntime for the check.

    python models/convert_sam2.py --checkpoint CHECKPOINT --out ~/.cache/masklet/models/sam2.1-hiera-tiny

The graphs mirror transformers 5.17's Sam2VideoModel code paths (vision features, _single_frame_forward on the video
path, _encode_new_memory, the memory attention with 2-D RoPE, the object-pointer temporal encoding); the host
loop mirrors the rest. A different transformers version may change those internals: the script refuses older
versions and warns about newer ones.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import sys
import time

OPSET = 17
NO_OBJECT_SCORE = -1024.0
MIN_TRANSFORMERS = (5, 17)
GRAPH_FILES = ["vision_encoder", "mask_decoder", "memory_encoder", "memory_attention", "obj_ptr_tpos_proj"]


def fail(message: str) -> None:
    print(f"convert_sam2: {message}", file=sys.stderr)
    sys.exit(1)


def import_stack():
    """torch, nn, F and transformers, with a clear message when one is missing or too old."""
    try:
        import torch
        import torch.nn as nn
        import torch.nn.functional as F
    except ImportError:
        fail("needs PyTorch (pip install torch)")
    try:
        import transformers
    except ImportError:
        fail("needs transformers >= 5.17 (pip install 'transformers>=5.17')")
    version = tuple(int(p) for p in transformers.__version__.split(".")[:2] if p.isdigit())
    if version < MIN_TRANSFORMERS:
        fail(f"needs transformers >= 5.17, found {transformers.__version__}")
    if version > MIN_TRANSFORMERS:
        print(f"convert_sam2: note: written against transformers 5.17, running {transformers.__version__}; "
              "the graph checks below compare with the modules of this version only", file=sys.stderr)
    return torch, nn, F, transformers


def build_graph_modules(torch, nn, F):
    """The five export wrappers. Defined in a function so that the module imports torch only when run."""

    def first(value):
        return value[0] if isinstance(value, (list, tuple)) else value

    class VisionGraph(nn.Module):
        """Image encoder (Hiera + FPN) and the mask decoder's two high-resolution projections."""

        def __init__(self, model):
            super().__init__()
            self.encoder = model.vision_encoder
            self.project0 = model.mask_decoder.conv_s0
            self.project1 = model.mask_decoder.conv_s1
            backbone = self.encoder.backbone
            grid = first(backbone.config.image_size) // first(backbone.config.patch_stride)
            # The windowed absolute position embedding does not depend on the image: compute it once in torch so
            # the graph holds a constant instead of a bicubic resize.
            with torch.no_grad():
                table = backbone._get_pos_embed((grid, grid)).detach().clone()
            self.register_buffer("position_table", table)
            holder = self
            backbone._get_pos_embed = lambda _size: holder.position_table

        def forward(self, pixel_values):
            features = self.encoder(pixel_values, return_dict=True)
            levels = features.fpn_hidden_states
            positions = features.fpn_position_encoding
            return self.project0(levels[0]), self.project1(levels[1]), levels[2], positions[2]

    class DecoderGraph(nn.Module):
        """Sparse prompt encoding (the video path always appends one padding point), the two-way transformer,
        mask upscaling, mask choice (multimask: best of masks 1..3 by predicted IoU; single: mask 0 unless its
        stability is below the threshold), occlusion gating of the mask and of the object pointer."""

        def __init__(self, model):
            super().__init__()
            prompts = model.prompt_encoder
            self.fourier = prompts.shared_embedding.positional_embedding
            self.label_embedding = prompts.point_embed
            self.padding_embedding = prompts.not_a_point_embed
            self.dense_embedding = prompts.no_mask_embed
            self.prompt_input_size = float(prompts.input_image_size)
            self.grid_h, self.grid_w = prompts.image_embedding_size
            self.decoder = model.mask_decoder
            self.pointer_projection = model.object_pointer_proj
            self.register_buffer("absent_pointer", model.no_object_pointer.detach().clone().reshape(1, -1))
            with torch.no_grad():
                self.register_buffer("image_positions", model.get_image_wide_positional_embeddings().detach().clone())
            self.mask_size = int(model.image_size)
            self.by_stability = bool(self.decoder.dynamic_multimask_via_stability)
            self.stability_delta = float(self.decoder.dynamic_multimask_stability_delta)
            self.stability_threshold = float(self.decoder.dynamic_multimask_stability_thresh)

        def sparse_prompt(self, coords, labels):
            labels = labels.to(torch.int64)
            coords = torch.cat([coords + 0.5, torch.zeros_like(coords[:, :, :1, :])], dim=2)
            labels = torch.cat([labels, torch.full_like(labels[:, :, :1], -1)], dim=2)
            unit = 2.0 * (coords / self.prompt_input_size) - 1.0
            angles = 2.0 * math.pi * (unit @ self.fourier)
            encoded = torch.cat([torch.sin(angles), torch.cos(angles)], dim=-1)
            padding = (labels == -1).unsqueeze(-1)
            encoded = torch.where(padding, self.padding_embedding.weight, encoded)
            learned = self.label_embedding(labels.clamp(min=0)) * (labels >= 0).unsqueeze(-1).to(encoded.dtype)
            return encoded + learned

        def forward(self, image_embed, high_res_feat0, high_res_feat1, point_coords, point_labels, multimask_output):
            d = self.decoder
            width = d.hidden_size
            count = d.num_mask_tokens
            tokens = torch.cat([d.obj_score_token.weight, d.iou_token.weight, d.mask_tokens.weight], dim=0)
            tokens = torch.cat([tokens.reshape(1, 1, -1, width), self.sparse_prompt(point_coords, point_labels)],
                               dim=2)
            dense = self.dense_embedding.weight.reshape(1, -1, 1, 1).expand(1, -1, self.grid_h, self.grid_w)
            token_out, image_out = d.transformer(
                point_embeddings=tokens,
                image_embeddings=image_embed + dense,
                image_positional_embeddings=self.image_positions,
                attention_similarity=None,
                target_embedding=None,
            )
            score_token = token_out[:, :, 0, :]
            iou_token = token_out[:, :, 1, :]
            mask_tokens = token_out[:, :, 2:2 + count, :]
            image_out = image_out.transpose(2, 3).reshape(1, width, self.grid_h, self.grid_w)
            upscaled = d.activation(d.upscale_layer_norm(d.upscale_conv1(image_out) + high_res_feat1))
            upscaled = d.activation(d.upscale_conv2(upscaled) + high_res_feat0)
            hyper = torch.stack([d.output_hypernetworks_mlps[i](mask_tokens[:, :, i, :]) for i in range(count)], dim=2)
            _, channels, h, w = upscaled.shape
            masks = (hyper @ upscaled.reshape(1, 1, channels, h * w)).reshape(1, 1, count, h, w)
            predicted_iou = d.iou_prediction_head(iou_token)
            object_logit = d.pred_obj_score_head(score_token)

            # several masks: the best of 1..3 by predicted IoU (argmax keeps the first maximum)
            candidates_iou = predicted_iou[:, :, 1:]
            best = torch.argmax(candidates_iou, dim=-1)
            multi_mask = torch.gather(masks[:, :, 1:], 2, best.reshape(1, 1, 1, 1, 1).expand(1, 1, 1, h, w))
            multi_iou = torch.gather(candidates_iou, 2, best.reshape(1, 1, 1))
            multi_token = torch.gather(mask_tokens[:, :, 1:], 2, best.reshape(1, 1, 1, 1).expand(1, 1, 1, width))
            # one mask: mask 0, replaced by the best of the others when it is unstable; the pointer keeps token 0
            single_mask = masks[:, :, 0:1]
            single_iou = predicted_iou[:, :, 0:1]
            if self.by_stability:
                flat = single_mask.flatten(-2)
                inner = (flat > self.stability_delta).sum(dim=-1).to(torch.float32)
                outer = (flat > -self.stability_delta).sum(dim=-1).to(torch.float32)
                stability = torch.where(outer > 0, inner / outer, torch.ones_like(outer))
                stable = stability >= self.stability_threshold
                single_mask = torch.where(stable[..., None, None], single_mask, multi_mask)
                single_iou = torch.where(stable, single_iou, multi_iou)
            use_multi = multimask_output.reshape(()) != 0
            mask = torch.where(use_multi, multi_mask, single_mask)
            iou = torch.where(use_multi, multi_iou, single_iou)
            token = torch.where(use_multi, multi_token, mask_tokens[:, :, 0:1])

            present = object_logit > 0
            low_res = torch.where(present[..., None, None], mask, torch.full_like(mask, NO_OBJECT_SCORE))
            low_res = low_res.reshape(1, 1, h, w)
            high_res = F.interpolate(low_res, size=(self.mask_size, self.mask_size), mode="bilinear",
                                     align_corners=False)
            weight = present.reshape(1, 1).to(torch.float32)
            pointer = weight * self.pointer_projection(token.reshape(1, width)) + (1 - weight) * self.absent_pointer
            return low_res, high_res, iou.reshape(1, 1), object_logit.reshape(1, 1), pointer

    class MemoryEncoderGraph(nn.Module):
        """Mask -> spatial memory (without the bfloat16 cast, which the host applies)."""

        def __init__(self, model):
            super().__init__()
            self.encoder = model.memory_encoder
            self.scale = float(model.config.sigmoid_scale_for_mem_enc)
            self.bias = float(model.config.sigmoid_bias_for_mem_enc)
            occlusion = model.occlusion_spatial_embedding_parameter
            self.has_occlusion = occlusion is not None
            if self.has_occlusion:
                self.register_buffer("occlusion", occlusion.detach().clone().reshape(1, -1, 1, 1))

        def forward(self, backbone_feat, high_res_masks, object_score_logits, is_mask_from_pts):
            binary = (high_res_masks > 0).to(high_res_masks.dtype)
            soft = torch.sigmoid(high_res_masks)
            mask = torch.where(is_mask_from_pts.reshape(()) != 0, binary, soft) * self.scale + self.bias
            features, positions = self.encoder(backbone_feat, mask)
            if self.has_occlusion:
                absent = 1 - (object_score_logits.reshape(1, 1, 1, 1) > 0).to(features.dtype)
                features = features + absent * self.occlusion
            return features.flatten(2).transpose(1, 2), positions.flatten(2).transpose(1, 2)

    def rotate_pairs(x):
        pairs = x.reshape(*x.shape[:-1], -1, 2)
        real, imag = pairs.unbind(dim=-1)
        return torch.stack((-imag, real), dim=-1).flatten(start_dim=-2)

    class MemoryAttentionGraph(nn.Module):
        """The memory attention layers with 2-D axial RoPE: queries use the grid's rotation, spatial memory keys the
        rotation of grid position (index mod grid size), the trailing num_obj_ptr_tokens pointer keys none."""

        def __init__(self, model):
            super().__init__()
            self.attention = model.memory_attention
            self.width = int(model.config.memory_attention_hidden_size)
            rows, cols = model.config.memory_attention_rope_feat_sizes
            self.grid_tokens = int(rows * cols)
            self.out_h, self.out_w = model.backbone_feature_sizes[-1]
            with torch.no_grad():
                cos, sin = self.attention.rotary_emb(torch.zeros(1, self.grid_tokens, self.width),
                                                     self.attention.position_ids)
            cos = cos.reshape(self.grid_tokens, -1).float()
            sin = sin.reshape(self.grid_tokens, -1).float()
            # the tables repeat every value twice; keep half of each to keep the file small
            if not (torch.equal(cos[:, 0::2], cos[:, 1::2]) and torch.equal(sin[:, 0::2], sin[:, 1::2])):
                fail("unexpected rotary table layout in this transformers version")
            self.register_buffer("cos_half", cos[:, 0::2].contiguous())
            self.register_buffer("sin_half", sin[:, 0::2].contiguous())

        @staticmethod
        def widen(half):
            n, k = half.shape
            return half.unsqueeze(-1).expand(n, k, 2).reshape(n, 2 * k)

        @staticmethod
        def attend(block, queries, keys, values, cos_q, sin_q, cos_k, sin_k):
            heads, dim = block.num_attention_heads, block.head_dim
            q = block.q_proj(queries).reshape(1, -1, heads, dim).transpose(1, 2)
            k = block.k_proj(keys).reshape(1, -1, heads, dim).transpose(1, 2)
            v = block.v_proj(values).reshape(1, -1, heads, dim).transpose(1, 2)
            q = q * cos_q + rotate_pairs(q) * sin_q
            k = k * cos_k + rotate_pairs(k) * sin_k
            weights = torch.softmax(torch.matmul(q, k.transpose(2, 3)) * block.scaling, dim=-1)
            return block.o_proj(torch.matmul(weights, v).transpose(1, 2).reshape(1, -1, heads * dim))

        def forward(self, current_vision_feat, current_vision_pos, memory, memory_pos, num_obj_ptr_tokens):
            x = current_vision_feat.flatten(2).transpose(1, 2) + 0.1 * current_vision_pos.flatten(2).transpose(1, 2)
            cos_q = self.widen(self.cos_half)
            sin_q = self.widen(self.sin_half)
            length = memory.shape[1]
            index = torch.arange(length, dtype=torch.int64)
            pointer = (index >= length - num_obj_ptr_tokens.reshape(()).to(torch.int64)).unsqueeze(-1)
            grid_index = torch.remainder(index, self.grid_tokens)
            cos_k = torch.where(pointer, torch.ones_like(cos_q[:1]), cos_q[grid_index])
            sin_k = torch.where(pointer, torch.zeros_like(sin_q[:1]), sin_q[grid_index])
            keys = memory + memory_pos
            for layer in self.attention.layers:
                y = layer.layer_norm1(x)
                x = x + self.attend(layer.self_attn, y, y, y, cos_q, sin_q, cos_q, sin_q)
                y = layer.layer_norm2(x)
                x = x + self.attend(layer.cross_attn_image, y, keys, memory, cos_q, sin_q, cos_k, sin_k)
                y = layer.layer_norm3(x)
                x = x + layer.linear2(layer.activation(layer.linear1(y)))
            x = self.attention.layer_norm(x)
            return x.transpose(1, 2).reshape(1, self.width, self.out_h, self.out_w)

    class PointerTimeGraph(nn.Module):
        """Normalised temporal distances [P] -> projected 1-D sine encodings [P, mem_dim]."""

        def __init__(self, model):
            super().__init__()
            self.projection = model.temporal_positional_encoding_projection_layer
            self.dim = int(model.hidden_dim)
            self.mem_dim = int(model.mem_dim)
            self.enabled = bool(model.config.enable_temporal_pos_encoding_for_object_pointers)

        def forward(self, tpos_norm):
            if not self.enabled:
                return torch.zeros(tpos_norm.shape[0], self.mem_dim)
            half = self.dim // 2
            steps = torch.arange(half, dtype=torch.float32)
            periods = 10000 ** (2 * (steps // 2) / half)
            angles = tpos_norm.unsqueeze(-1) / periods
            return self.projection(torch.cat([angles.sin(), angles.cos()], dim=-1))

    return VisionGraph, DecoderGraph, MemoryEncoderGraph, MemoryAttentionGraph, PointerTimeGraph


def load_model(torch, checkpoint: str):
    from transformers import Sam2VideoModel
    try:
        model = Sam2VideoModel.from_pretrained(checkpoint, attn_implementation="eager", dtype=torch.float32)
    except TypeError:  # older keyword
        model = Sam2VideoModel.from_pretrained(checkpoint, attn_implementation="eager", torch_dtype=torch.float32)
    # plain matmul + softmax attention everywhere: the same arithmetic in the ONNX graph
    try:
        model.set_attn_implementation("eager")
    except Exception:
        pass
    for module in model.modules():
        config = getattr(module, "config", None)
        if config is not None and hasattr(config, "_attn_implementation"):
            try:
                config._attn_implementation = "eager"
            except Exception:
                pass
    return model.float().eval()


def export(torch, module, inputs: dict, path: str, outputs: list, dynamic: dict | None, fold: bool = True):
    import onnx
    started = time.time()
    with torch.no_grad():
        torch.onnx.export(module, tuple(torch.from_numpy(v) for v in inputs.values()), path, dynamo=False,
                          opset_version=OPSET, input_names=list(inputs), output_names=outputs,
                          dynamic_axes=dynamic, do_constant_folding=fold)
    graph = onnx.load(path)
    onnx.checker.check_model(graph)
    onnx.save(graph, path)  # one self-contained file
    print(f"  {os.path.basename(path)}: {os.path.getsize(path) / 1e6:.1f} MB in {time.time() - started:.0f} s")


def fuse_attention(path: str, heads: int) -> int:
    """Rewrites the step-by-step attention the exporter traced (MatMul(q, Transpose(k, 0 1 3 2)) -> Mul(scale) ->
    Softmax(-1) -> MatMul(., v) -> Transpose(0 2 1 3) -> Reshape) into ONNX Runtime's fused
    com.microsoft.MultiHeadAttention over q, k, v in [batch, tokens, heads*size], with the same scale. The fused
    kernel never materialises the score matrix (4096 x 28 736 floats per layer at full memory). The same pattern and
    rewrite as Masklet's Java pass (dev.masklet.engine.onnx.internal.graph.AttentionFusion), which applies it to graphs
    converted before this step existed; the check that follows compares the fused graph with torch."""
    import numpy as np
    import onnx
    from onnx import helper, numpy_helper
    model = onnx.load(path)
    graph = model.graph
    nodes = list(graph.node)
    producer = {o: n for n in nodes for o in n.output}
    readers = {}
    for n in nodes:
        for i in n.input:
            readers.setdefault(i, []).append(n)
    for o in graph.output:
        readers.setdefault(o.name, []).append(None)
    consts = {t.name: numpy_helper.to_array(t) for t in graph.initializer}
    for n in nodes:
        if n.op_type == "Constant":
            consts[n.output[0]] = numpy_helper.to_array(n.attribute[0].t)

    def only_reader(name, op):
        r = readers.get(name, [])
        return r[0] if len(r) == 1 and r[0] is not None and r[0].op_type == op else None

    def perm(node):
        return [list(a.ints) for a in node.attribute if a.name == "perm"][0]

    removed, inserted, count = set(), {}, 0
    shape_name = "masklet_fused_attention_to_tokens_shape"
    for softmax in [n for n in nodes if n.op_type == "Softmax"]:
        if any(a.name == "axis" and a.i != -1 for a in softmax.attribute):
            continue
        block, scale = [softmax], 1.0
        scores = producer.get(softmax.input[0])
        if scores is not None and scores.op_type in ("Mul", "Div") and scores.input[1] in consts:
            value = float(consts[scores.input[1]].reshape(()))
            scale = value if scores.op_type == "Mul" else 1.0 / value
            block.append(scores)
            scores = producer.get(scores.input[0])
        if scores is None or scores.op_type != "MatMul":
            continue
        kt = producer.get(scores.input[1])
        if kt is None or kt.op_type != "Transpose" or perm(kt) != [0, 1, 3, 2]:
            continue
        pv = only_reader(softmax.output[0], "MatMul")
        back = pv and only_reader(pv.output[0], "Transpose")
        reshape = back and perm(back) == [0, 2, 1, 3] and only_reader(back.output[0], "Reshape")
        if not reshape:
            continue
        block += [scores, pv, back, reshape] + ([kt] if len(readers[kt.output[0]]) == 1 else [])
        prefix = f"masklet_fused_attention_{count}_"
        new, qkv = [], []
        for tag, source in (("q", scores.input[0]), ("k", kt.input[0]), ("v", pv.input[1])):
            new.append(helper.make_node("Transpose", [source], [prefix + tag + "_bsnh"], perm=[0, 2, 1, 3]))
            new.append(helper.make_node("Reshape", [prefix + tag + "_bsnh", shape_name], [prefix + tag + "_tokens"]))
            qkv.append(prefix + tag + "_tokens")
        new.append(helper.make_node("MultiHeadAttention", qkv, [reshape.output[0]], name=prefix + "mha",
                                    domain="com.microsoft", num_heads=heads, scale=scale))
        removed.update(id(n) for n in block)
        inserted[id(reshape)] = new
        count += 1
    if not count:
        return 0
    kept = []
    for n in nodes:
        kept += inserted.get(id(n), [])
        if id(n) not in removed:
            kept.append(n)
    read = {i for n in kept for i in n.input} | {o.name for o in graph.output}
    kept = [n for n in kept if n.op_type != "Constant" or n.output[0] in read]
    del graph.node[:]
    graph.node.extend(kept)
    graph.initializer.append(numpy_helper.from_array(np.array([0, 0, -1], np.int64), shape_name))
    if not any(o.domain == "com.microsoft" for o in model.opset_import):
        model.opset_import.append(helper.make_opsetid("com.microsoft", 1))
    onnx.save(model, path)
    return count


def write_templates(model, out: str, templates: str):
    """Graph templates for Masklet's Java installer (no Python on the user's machine): each graph with every float32
    initializer that equals one checkpoint tensor renamed to that tensor's state_dict key and its data stripped (dims
    kept). Initializers that match no tensor or several (derived constants, identical zero biases) keep their data.
    Checkpoint keys that fill no graph slot are listed in checkpoint_keys_elsewhere.txt: the installer requires them
    in the checkpoint but fills nothing with them; any other extra tensor means a wrong checkpoint.
    constants.json/.bin are not part of the templates: Masklet builds them from the checkpoint (config.json and the
    learned vectors by their state_dict keys), as write_constants does. Not run in Masklet's CI (needs torch);
    written without a PyTorch machine."""
    import numpy as np
    import onnx
    from onnx import numpy_helper
    os.makedirs(templates, exist_ok=True)
    by_value = {}
    for key, tensor in model.state_dict().items():
        if tensor.is_floating_point():
            data = np.ascontiguousarray(tensor.detach().float().cpu().numpy().astype("<f4"))
            digest = (hashlib.sha256(data.tobytes()).hexdigest(), tuple(data.shape))
            by_value.setdefault(digest, []).append(key)
    used = set()
    for g in GRAPH_FILES:
        graph_model = onnx.load(os.path.join(out, g + ".onnx"))
        renames = {}
        for init in graph_model.graph.initializer:
            if init.data_type != onnx.TensorProto.FLOAT:
                continue
            data = np.ascontiguousarray(numpy_helper.to_array(init).astype("<f4"))
            keys = by_value.get((hashlib.sha256(data.tobytes()).hexdigest(), tuple(data.shape)), [])
            if len(keys) == 1 and keys[0] not in used:
                renames[init.name] = keys[0]
                used.add(keys[0])
                init.name = keys[0]
                init.ClearField("raw_data")
                del init.float_data[:]
        for node in graph_model.graph.node:
            for i, name in enumerate(node.input):
                if name in renames:
                    node.input[i] = renames[name]
        onnx.save(graph_model, os.path.join(templates, g + ".onnx"))
    with open(os.path.join(templates, "checkpoint_keys_elsewhere.txt"), "w") as f:
        for key in sorted(k for k in model.state_dict() if k not in used):
            f.write(key + "\n")
    print(f"wrote graph templates to {templates} ({len(used)} checkpoint tensors as slots)")


def set_output_shapes(path: str, shapes: dict):
    """The TorchScript exporter may leave symbolic output dimensions where they are static; write them down."""
    import onnx
    graph = onnx.load(path)
    for output in graph.graph.output:
        if output.name not in shapes:
            continue
        dims = output.type.tensor_type.shape.dim
        while len(dims):
            dims.pop()
        for value in shapes[output.name]:
            dims.add().dim_value = int(value)
    onnx.checker.check_model(graph)
    onnx.save(graph, path)


def compare(torch, module, path: str, feeds: list) -> dict:
    """Largest absolute difference per output between the torch module and ONNX Runtime over several feeds."""
    import numpy as np
    import onnxruntime
    session = onnxruntime.InferenceSession(path, providers=["CPUExecutionProvider"])
    names = [o.name for o in session.get_outputs()]
    worst = dict.fromkeys(names, 0.0)
    for feed in feeds:
        with torch.no_grad():
            expected = module(*[torch.from_numpy(v) for v in feed.values()])
        expected = (expected,) if isinstance(expected, torch.Tensor) else expected
        for name, want, got in zip(names, expected, session.run(None, feed)):
            want = want.numpy()
            if want.shape != got.shape:
                fail(f"{os.path.basename(path)}: output {name} has shape {got.shape}, torch gives {want.shape}")
            if want.size:
                worst[name] = max(worst[name], float(np.max(np.abs(want.astype(np.float64) - got))))
    print(f"  check {os.path.basename(path)}: " + ", ".join(f"{k} {v:.2g}" for k, v in worst.items()))
    return worst


def graph_spec(path: str) -> dict:
    import onnx
    graph = onnx.load(path, load_external_data=False)
    types = {1: "float32", 6: "int32", 7: "int64", 9: "bool"}

    def port(value):
        tensor = value.type.tensor_type
        return {"name": value.name, "dtype": types.get(tensor.elem_type, str(tensor.elem_type)),
                "shape": [d.dim_param or int(d.dim_value) for d in tensor.shape.dim]}

    return {"inputs": [port(v) for v in graph.graph.input], "outputs": [port(v) for v in graph.graph.output],
            "opset": max(o.version for o in graph.opset_import if o.domain in ("", "ai.onnx")),
            "bytes": os.path.getsize(path)}


def export_graphs(torch, nn, F, model, out: str, check: bool) -> dict:
    import numpy as np
    Vision, Decoder, MemoryEncoder, MemoryAttention, PointerTime = build_graph_modules(torch, nn, F)
    rows, cols = model.backbone_feature_sizes[-1]
    hidden = int(model.hidden_dim)
    mem_dim = int(model.mem_dim)
    size = int(model.image_size)
    grid = rows * cols
    random = np.random.default_rng(2024)
    differences = {}

    def noise(*shape, scale=1.0):
        return (random.standard_normal(shape) * scale).astype(np.float32)

    print("vision encoder")
    vision = Vision(model).eval()
    path = os.path.join(out, "vision_encoder.onnx")
    names = ["high_res_feat0", "high_res_feat1", "backbone_feat", "backbone_pos"]
    export(torch, vision, {"pixel_values": noise(1, 3, size, size)}, path, names, None)
    with torch.no_grad():
        shapes = {n: tuple(t.shape) for n, t in zip(names, vision(torch.from_numpy(noise(1, 3, size, size))))}
    set_output_shapes(path, shapes)
    high0_channels = shapes["high_res_feat0"][1]
    high1_channels = shapes["high_res_feat1"][1]
    if check:
        differences["vision_encoder"] = compare(torch, vision, path, [{"pixel_values": noise(1, 3, size, size)}])

    print("mask decoder")
    decoder = Decoder(model).eval()
    path = os.path.join(out, "mask_decoder.onnx")

    def decoder_feed(labels, multimask):
        n = len(labels)
        return {"image_embed": noise(1, hidden, rows, cols),
                "high_res_feat0": noise(1, high0_channels, 4 * rows, 4 * cols),
                "high_res_feat1": noise(1, high1_channels, 2 * rows, 2 * cols),
                "point_coords": (random.random((1, 1, n, 2)) * size).astype(np.float32),
                "point_labels": np.array(labels, np.int32).reshape(1, 1, n),
                "multimask_output": np.array([multimask], np.int32)}

    export(torch, decoder, decoder_feed([1, 0], 1), path,
           ["low_res_masks", "high_res_masks", "iou_score", "object_score_logits", "object_pointer"],
           {"point_coords": {2: "num_points"}, "point_labels": {2: "num_points"}})
    if check:
        differences["mask_decoder"] = compare(torch, decoder, path, [
            decoder_feed([1], 1), decoder_feed([2, 3, 1], 0), decoder_feed([-1], 1), decoder_feed([2, 3, 0, 1, 1], 0)])

    print("memory encoder")
    memory_encoder = MemoryEncoder(model).eval()
    path = os.path.join(out, "memory_encoder.onnx")

    def memory_feed(from_points, score):
        return {"backbone_feat": noise(1, hidden, rows, cols), "high_res_masks": noise(1, 1, size, size, scale=4.0),
                "object_score_logits": np.array([[score]], np.float32),
                "is_mask_from_pts": np.array([from_points], np.int32)}

    export(torch, memory_encoder, memory_feed(1, 1.0), path, ["maskmem_features", "maskmem_pos_enc"], None)
    if check:
        differences["memory_encoder"] = compare(torch, memory_encoder, path,
                                                [memory_feed(1, 1.0), memory_feed(0, -2.0)])

    print("memory attention")
    attention = MemoryAttention(model).eval()
    path = os.path.join(out, "memory_attention.onnx")

    def attention_feed(frames, pointer_tokens):
        length = frames * grid + pointer_tokens
        return {"current_vision_feat": noise(1, hidden, rows, cols), "current_vision_pos": noise(1, hidden, rows, cols),
                "memory": noise(1, length, mem_dim), "memory_pos": noise(1, length, mem_dim),
                "num_obj_ptr_tokens": np.array([pointer_tokens], np.int32)}

    # no constant folding: it would expand the half-width rotary tables into full-size constants
    export(torch, attention, attention_feed(2, 8), path, ["pix_feat_with_mem"],
           {"memory": {1: "num_memory_tokens"}, "memory_pos": {1: "num_memory_tokens"}}, fold=False)
    fused = fuse_attention(path, int(model.config.memory_attention_num_attention_heads))
    print(f"  {fused} attention blocks as com.microsoft.MultiHeadAttention")
    if check:
        differences["memory_attention"] = compare(torch, attention, path,
                                                  [attention_feed(1, 4), attention_feed(3, 20), attention_feed(2, 0)])

    print("object pointer temporal encoding")
    pointer_time = PointerTime(model).eval()
    path = os.path.join(out, "obj_ptr_tpos_proj.onnx")
    export(torch, pointer_time, {"tpos_norm": np.array([1.0, 0.5, 0.25], np.float32)}, path, ["tpos_enc"],
           {"tpos_norm": {0: "num_pointers"}, "tpos_enc": {0: "num_pointers"}})
    if check:
        differences["obj_ptr_tpos_proj"] = compare(torch, pointer_time, path, [
            {"tpos_norm": np.arange(16, dtype=np.float32) / 15.0}, {"tpos_norm": np.array([0.0], np.float32)}])
    return differences


def write_constants(torch, nn, model, out: str, graphs: dict, provenance: dict):
    import numpy as np
    config = model.config
    arrays = {
        "no_memory_embedding": model.no_memory_embedding.reshape(-1),
        "no_memory_positional_encoding": model.no_memory_positional_encoding.reshape(-1),
        "memory_temporal_positional_encoding": model.memory_temporal_positional_encoding.reshape(config.num_maskmem,
                                                                                                 -1),
        "no_object_pointer": model.no_object_pointer.reshape(-1),
    }
    if model.occlusion_spatial_embedding_parameter is not None:
        arrays["occlusion_spatial_embedding"] = model.occlusion_spatial_embedding_parameter.reshape(-1)
    projection = model.temporal_positional_encoding_projection_layer
    if isinstance(projection, nn.Linear):
        arrays["obj_ptr_tpos_proj_weight"] = projection.weight
        arrays["obj_ptr_tpos_proj_bias"] = projection.bias
    arrays["image_mean"] = torch.tensor([0.485, 0.456, 0.406])
    arrays["image_std"] = torch.tensor([0.229, 0.224, 0.225])
    index = {}
    offset = 0
    with open(os.path.join(out, "constants.bin"), "wb") as blob:
        for name, tensor in arrays.items():
            data = np.ascontiguousarray(tensor.detach().float().cpu().numpy().astype("<f4"))
            blob.write(data.tobytes())
            index[name] = {"offset": offset, "nbytes": data.nbytes, "dtype": "float32", "shape": list(data.shape)}
            offset += data.nbytes
    rows, cols = model.backbone_feature_sizes[-1]
    decoder = model.mask_decoder
    hidden, mem_dim = int(model.hidden_dim), int(model.mem_dim)
    numbers = {
        "image_size": int(model.image_size),
        "image_mean": [0.485, 0.456, 0.406],
        "image_std": [0.229, 0.224, 0.225],
        "rescale_factor": 1.0 / 255.0,
        "low_res_mask_size": int(4 * rows),
        "backbone_feature_size": [int(rows), int(cols)],
        "hidden_dim": hidden,
        "mem_dim": mem_dim,
        "memory_tokens_per_frame": int(rows * cols),
        "obj_ptr_tokens_per_pointer": hidden // mem_dim if mem_dim < hidden else 1,
        "num_maskmem": int(config.num_maskmem),
        "max_object_pointers_in_encoder": int(config.max_object_pointers_in_encoder),
        "max_cond_frame_num": int(getattr(config, "max_cond_frame_num", -1)),
        "multimask_output_in_sam": bool(config.multimask_output_in_sam),
        "multimask_min_pt_num": int(config.multimask_min_pt_num),
        "multimask_max_pt_num": int(config.multimask_max_pt_num),
        "multimask_output_for_tracking": bool(config.multimask_output_for_tracking),
        "sigmoid_scale_for_mem_enc": float(config.sigmoid_scale_for_mem_enc),
        "sigmoid_bias_for_mem_enc": float(config.sigmoid_bias_for_mem_enc),
        "enable_occlusion_spatial_embedding": bool(config.enable_occlusion_spatial_embedding),
        "enable_temporal_pos_encoding_for_object_pointers":
            bool(config.enable_temporal_pos_encoding_for_object_pointers),
        "dynamic_multimask_via_stability": bool(decoder.dynamic_multimask_via_stability),
        "dynamic_multimask_stability_delta": float(decoder.dynamic_multimask_stability_delta),
        "dynamic_multimask_stability_thresh": float(decoder.dynamic_multimask_stability_thresh),
        "no_obj_score": NO_OBJECT_SCORE,
        "maskmem_features_bfloat16_rounding": True,
        "memory_attention_num_layers": int(config.memory_attention_num_layers),
    }
    document = {
        "format": "constants.bin = concatenation of little-endian float32 arrays, row-major (C order); "
                  "arrays[name] = {offset (bytes), nbytes, dtype, shape}",
        "arrays": index,
        "config": numbers,
        "graphs": graphs,
        "provenance": provenance,
    }
    with open(os.path.join(out, "constants.json"), "w") as f:
        json.dump(document, f, indent=1)
        f.write("\n")


def sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def write_descriptor(out: str, name: str, checkpoint: str, template: dict | None):
    """model.json: the repository's descriptor for this model (when there is one) with the sizes and sha256 sums of
    the files just written, which Masklet checks whenever it opens the model."""
    descriptor = dict(template) if template else {}
    descriptor["name"] = name
    descriptor["kind"] = "video"
    descriptor.setdefault("title", f"SAM 2.1 video object tracker converted from {checkpoint}")
    descriptor.setdefault("source", {})["converted_from"] = checkpoint
    roles = [(g, g + ".onnx") for g in GRAPH_FILES] + [("constants", "constants.json"),
                                                       ("constants_data", "constants.bin")]
    descriptor["files"] = [{"role": role, "name": file, "bytes": os.path.getsize(os.path.join(out, file)),
                            "sha256": sha256(os.path.join(out, file))} for role, file in roles]
    with open(os.path.join(out, "model.json"), "w") as f:
        json.dump(descriptor, f, indent=2)
        f.write("\n")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--checkpoint", required=True,
                        help="SAM 2.1 checkpoint: a from_pretrained folder (or a hub id transformers resolves)")
    parser.add_argument("--out", required=True, help="output folder, e.g. ~/.cache/masklet/models/sam2.1-hiera-tiny")
    parser.add_argument("--name", help="model name in model.json (default: the output folder's name)")
    parser.add_argument("--descriptor", help="repository descriptor to start model.json from "
                                             "(default: models/<name>.json next to this script, if present)")
    parser.add_argument("--no-check", action="store_true", help="skip comparing each graph with torch")
    parser.add_argument("--templates", help="also write graph templates keyed by checkpoint names to this folder "
                        "(for Masklet's Java install from model.safetensors)")
    parser.add_argument("--threads", type=int, default=0, help="torch CPU threads (default: torch's choice)")
    args = parser.parse_args(argv)

    torch, nn, F, transformers = import_stack()
    try:
        import onnx  # noqa: F401
    except ImportError:
        fail("needs onnx (pip install onnx)")
    if not args.no_check:
        try:
            import onnxruntime  # noqa: F401
        except ImportError:
            fail("needs onnxruntime for the graph checks (pip install onnxruntime), or pass --no-check")
    if args.threads:
        torch.set_num_threads(args.threads)
    out = os.path.abspath(os.path.expanduser(args.out))
    name = args.name or os.path.basename(out.rstrip(os.sep))
    template_path = args.descriptor or os.path.join(os.path.dirname(os.path.abspath(__file__)), name + ".json")
    template = None
    if os.path.isfile(template_path):
        with open(template_path) as f:
            template = json.load(f)
    elif args.descriptor:
        fail(f"descriptor {args.descriptor} not found")
    os.makedirs(out, exist_ok=True)

    print(f"loading {args.checkpoint}")
    model = load_model(torch, args.checkpoint)
    if int(model.image_size) != 1024 or int(model.hidden_dim) != 256 or int(model.mem_dim) != 64:
        print("convert_sam2: note: this checkpoint's sizes differ from SAM 2.1's (1024 / 256 / 64); Masklet reads "
              "them from constants.json", file=sys.stderr)
    differences = export_graphs(torch, nn, F, model, out, not args.no_check)
    worst = max((v for graph in differences.values() for v in graph.values()), default=0.0)
    graphs = {g: graph_spec(os.path.join(out, g + ".onnx")) for g in GRAPH_FILES}
    provenance = {"transformers": transformers.__version__, "torch": torch.__version__,
                  "checkpoint": args.checkpoint, "converter": "models/convert_sam2.py",
                  "max_abs_diff_torch_vs_onnxruntime": differences,
                  "config": json.loads(model.config.to_json_string())}
    write_constants(torch, nn, model, out, graphs, provenance)
    if args.templates:
        write_templates(model, out, args.templates)
    write_descriptor(out, name, args.checkpoint, template)
    print(f"wrote {name} to {out}" + (f" (largest graph-vs-torch difference {worst:.2g})" if differences else ""))
    if worst > 1e-3:
        print("convert_sam2: warning: a graph differs from torch by more than 1e-3; see constants.json provenance",
              file=sys.stderr)
    print(f"use it with: masklet-cli track --model {out} ... (or --model {name} when {os.path.dirname(out)} is "
          "the models folder, $MASKLET_MODELS or ~/.cache/masklet/models)")


if __name__ == "__main__":
    main()
