#!/usr/bin/env python3
"""Verify models/convert_sam2.py against the SAM 2.1 micro fixture (tests/fixtures/sam2-micro).

Why: the converter cannot run in CI (it needs PyTorch). Wherever PyTorch and transformers >= 5.17 are installed, this
script proves that it produces the graphs of Masklet's SAM 2 host contract:

1. rebuilds the fixture's seeded micro Sam2VideoModel with the fixture's own tools/export_micro.py and saves it as
   a `from_pretrained` folder (a checkpoint like the real SAM 2.1 ones, only tiny and random);
2. converts that folder with models/convert_sam2.py (which also compares every graph with torch);
3. compares the converted constants with the fixture's constants, and each converted graph with the fixture's graph
   of the same name on the same inputs (ONNX Runtime, CPU);
4. replays the fixture's prompt script through the fixture's numpy host loop on the CONVERTED graphs and compares
   every step with the fixture's reference (CONTRACT.md section 7 tolerances);
5. optionally (--real-size) converts a randomly initialised model with transformers' default SAM 2 sizes, to show
   the converter also works at real sizes (4 memory-attention layers, a full Hiera backbone).

    python models/verify_convert_sam2.py --fixture tests/fixtures/sam2-micro --work /tmp/verify-sam2

Exit status 0 only when steps 2-4 pass. The converted graphs are left in WORK/converted; Masklet's own Java host loop
can replay them too (see Sam2ReferenceReplayTest and its masklet.sam2.fixture property).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
GRAPHS = ["vision_encoder", "mask_decoder", "memory_encoder", "memory_attention", "obj_ptr_tpos_proj"]
REFERENCE_FILES = ["reference.json", "reference.bin", "prompts.json", "pixel_values_frame0.bin",
                   "pixel_values_frame0.json", "frames"]


def log(message: str) -> None:
    print(f"[verify {time.strftime('%H:%M:%S')}] {message}", flush=True)


def save_micro_checkpoint(fixture: str, folder: str) -> None:
    """The fixture's micro model, rebuilt from its seed by the fixture's own code, saved like a hub checkpoint."""
    sys.path.insert(0, os.path.join(fixture, "tools"))
    import export_micro  # the fixture's builder: seed 0 + its gains give bit-identical weights

    model = export_micro.load_model()
    model.save_pretrained(folder)
    log(f"micro checkpoint saved to {folder}: {sorted(os.listdir(folder))}")


def convert(checkpoint: str, out: str, threads: int) -> None:
    command = [sys.executable, os.path.join(HERE, "convert_sam2.py"), "--checkpoint", checkpoint, "--out", out,
               "--name", "sam2-micro-converted"]
    if threads:
        command += ["--threads", str(threads)]
    log("running " + " ".join(command))
    subprocess.run(command, check=True)


def compare_constants(fixture: str, converted: str) -> float:
    import numpy as np

    def load(folder):
        with open(os.path.join(folder, "constants.json")) as f:
            meta = json.load(f)
        with open(os.path.join(folder, "constants.bin"), "rb") as f:
            blob = f.read()
        arrays = {k: np.frombuffer(blob, "<f4", e["nbytes"] // 4, e["offset"]).reshape(e["shape"])
                  for k, e in meta["arrays"].items()}
        return meta["config"], arrays

    config_f, arrays_f = load(fixture)
    config_c, arrays_c = load(converted)
    worst = 0.0
    for name, expected in arrays_f.items():
        if name not in arrays_c:
            raise AssertionError(f"constants: {name} missing from the converted constants")
        if expected.shape != arrays_c[name].shape:
            raise AssertionError(f"constants: {name} shape {arrays_c[name].shape}, fixture {expected.shape}")
        worst = max(worst, float(np.max(np.abs(expected - arrays_c[name]))) if expected.size else 0.0)
    for key, expected in config_f.items():
        if key in config_c and config_c[key] != expected:
            raise AssertionError(f"constants: config {key} = {config_c[key]!r}, fixture {expected!r}")
        if key not in config_c:
            log(f"note: config key {key} is not written by the converter")
    log(f"constants: {len(arrays_f)} arrays, max |diff| {worst:.3g}; config keys agree")
    return worst


def graph_inputs(graph: str, rng):
    import numpy as np

    def normal(*shape):
        return rng.standard_normal(shape).astype(np.float32)

    if graph == "vision_encoder":
        return {"pixel_values": normal(1, 3, 1024, 1024)}
    if graph == "mask_decoder":
        return {"image_embed": normal(1, 256, 64, 64), "high_res_feat0": normal(1, 32, 256, 256),
                "high_res_feat1": normal(1, 64, 128, 128),
                "point_coords": rng.uniform(0, 1024, (1, 1, 2, 2)).astype(np.float32),
                "point_labels": np.array([[[1, 0]]], np.int32), "multimask_output": np.array([1], np.int32)}
    if graph == "memory_encoder":
        return {"backbone_feat": normal(1, 256, 64, 64), "high_res_masks": normal(1, 1, 1024, 1024) * 8,
                "object_score_logits": np.array([[2.5]], np.float32), "is_mask_from_pts": np.array([1], np.int32)}
    if graph == "memory_attention":
        tokens = 2 * 4096 + 16  # two spatial memories + four object pointers of four tokens each
        return {"current_vision_feat": normal(1, 256, 64, 64), "current_vision_pos": normal(1, 256, 64, 64),
                "memory": normal(1, tokens, 64), "memory_pos": normal(1, tokens, 64),
                "num_obj_ptr_tokens": np.array([16], np.int32)}
    if graph == "obj_ptr_tpos_proj":
        return {"tpos_norm": np.array([0.0, 0.25, 0.5, 1.0], np.float32)}
    raise ValueError(graph)


def compare_graphs(fixture: str, converted: str, threads: int) -> dict:
    import numpy as np
    import onnxruntime as ort

    options = ort.SessionOptions()
    if threads:
        options.intra_op_num_threads = threads
    rng = np.random.default_rng(7)
    result = {}
    for graph in GRAPHS:
        feeds = graph_inputs(graph, rng)
        sessions = [ort.InferenceSession(os.path.join(folder, graph + ".onnx"), options,
                                         providers=["CPUExecutionProvider"]) for folder in (fixture, converted)]
        names = [[i.name for i in s.get_inputs()] for s in sessions]
        if names[0] != names[1]:
            raise AssertionError(f"{graph}: inputs {names[1]}, fixture {names[0]}")
        outputs = [s.run(None, feeds) for s in sessions]
        out_names = [[o.name for o in s.get_outputs()] for s in sessions]
        if out_names[0] != out_names[1]:
            raise AssertionError(f"{graph}: outputs {out_names[1]}, fixture {out_names[0]}")
        diffs = {}
        for name, a, b in zip(out_names[0], *outputs):
            if a.shape != b.shape:
                raise AssertionError(f"{graph}.{name}: shape {b.shape}, fixture {a.shape}")
            scale = max(1.0, float(np.max(np.abs(a))))
            diffs[name] = float(np.max(np.abs(a - b))) / scale
        result[graph] = diffs
        log(f"graph {graph}: max |diff| relative to output scale " +
            ", ".join(f"{k} {v:.2g}" for k, v in diffs.items()))
    return result


def replay(fixture: str, converted: str, work: str, threads: int) -> int:
    folder = os.path.join(work, "replay")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    for name in REFERENCE_FILES:
        source = os.path.join(fixture, name)
        if os.path.exists(source):
            os.symlink(source, os.path.join(folder, name))
    for name in [g + ".onnx" for g in GRAPHS] + ["constants.json", "constants.bin"]:
        shutil.copy(os.path.join(converted, name), folder)
    command = [sys.executable, os.path.join(fixture, "tools", "host_loop_reference.py"), "--fixture", folder,
               "--report", os.path.join(work, "replay-report.json")]
    if threads:
        command += ["--threads", str(threads)]
    log("replaying the fixture's prompt script on the converted graphs: " + " ".join(command))
    return subprocess.run(command, cwd=os.path.join(fixture, "tools")).returncode


def real_size(work: str, threads: int) -> None:
    """transformers' default SAM 2 video sizes, random weights: the converter at real sizes (no reference)."""
    import torch
    from transformers import Sam2VideoConfig, Sam2VideoModel

    torch.manual_seed(0)
    config = Sam2VideoConfig()
    model = Sam2VideoModel(config).float().eval()
    folder = os.path.join(work, "default-size-checkpoint")
    model.save_pretrained(folder)
    backbone = config.vision_config.backbone_config
    log(f"default-size model: hiera embed_dim {getattr(backbone, 'embed_dim', '?')}, "
        f"blocks {getattr(backbone, 'blocks_per_stage', getattr(backbone, 'stages', '?'))}, "
        f"memory attention layers {config.memory_attention_num_layers}, "
        f"{sum(p.numel() for p in model.parameters()) / 1e6:.1f} M parameters")
    out = os.path.join(work, "default-size-converted")
    started = time.time()
    convert(folder, out, threads)
    sizes = {f: os.path.getsize(os.path.join(out, f)) for f in sorted(os.listdir(out))}
    log(f"default-size conversion in {time.time() - started:.0f} s: " +
        ", ".join(f"{k} {v / 1e6:.1f} MB" for k, v in sizes.items()))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fixture", required=True, help="the sam2-micro fixture folder")
    parser.add_argument("--work", required=True, help="scratch folder (checkpoint, converted graphs, reports)")
    parser.add_argument("--threads", type=int, default=0)
    parser.add_argument("--real-size", action="store_true", help="also convert a default-size random model")
    args = parser.parse_args(argv)
    fixture = os.path.abspath(args.fixture)
    work = os.path.abspath(args.work)
    os.makedirs(work, exist_ok=True)
    import torch
    import transformers
    log(f"python {sys.version.split()[0]}, torch {torch.__version__}, transformers {transformers.__version__}")

    checkpoint = os.path.join(work, "micro-checkpoint")
    converted = os.path.join(work, "converted")
    save_micro_checkpoint(fixture, checkpoint)
    convert(checkpoint, converted, args.threads)
    summary = {"constants_max_abs_diff": compare_constants(fixture, converted),
               "graphs_vs_fixture": compare_graphs(fixture, converted, args.threads)}
    status = replay(fixture, converted, work, args.threads)
    summary["replay_exit_status"] = status
    with open(os.path.join(work, "verify-summary.json"), "w") as f:
        json.dump(summary, f, indent=1)
    log("host loop on the converted graphs " + ("MATCHES the fixture's reference" if status == 0 else "FAILS"))
    if args.real_size:
        try:
            real_size(work, args.threads)
        except Exception as error:  # reported, but the micro verification above decides the exit status
            log(f"default-size conversion failed: {type(error).__name__}: {error}")
    return status


if __name__ == "__main__":
    sys.exit(main())
