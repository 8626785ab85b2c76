#!/usr/bin/env python3
"""Build a small-input variant of the SAM 2.1 micro fixture model, for the 10 000-frame memory benchmark.

Why: the micro fixture (tests/fixtures/sam2-micro) keeps SAM 2.1's real interface sizes (1024-pixel input, 64x64
features), so its memory attention costs about a second per frame on 2 CPU cores and 10 000 frames take hours. The
question the long benchmark answers is whether the *host loop* keeps its memory bounded; that depends on the number
of frames and objects, not on the feature-grid size. This script builds the same seeded micro architecture (the
fixture's own tools/export_micro.py: same blocks, channels, memory slots, pointers, initialisation) with a smaller
input (default 256 pixels, so 16x16 features) and converts it with models/convert_sam2.py into the contract's graphs.
Masklet's host loop reads every size from constants.json, so it runs this model unchanged.

Needs PyTorch, transformers >= 5.17, onnx and onnxruntime (like convert_sam2.py); it cannot run in CI.

    python models/make_sam2_bench_model.py --fixture tests/fixtures/sam2-micro --out /tmp/sam2-bench-256
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def small_config(export_micro, image_size: int):
    """The fixture's micro config with every size that follows the input side scaled to `image_size`."""
    if image_size % 64:
        raise SystemExit("--image-size must be a multiple of 64 (the backbone's strides and windows need it)")
    config = export_micro.build_micro_config()
    grid = image_size // 16
    config.image_size = image_size
    config.prompt_encoder_config.image_size = image_size
    config.vision_config.backbone_feature_sizes = [[4 * grid] * 2, [2 * grid] * 2, [grid] * 2]
    if hasattr(config.vision_config.backbone_config, "image_size"):
        config.vision_config.backbone_config.image_size = [image_size, image_size]
    config.memory_attention_rope_feat_sizes = [grid, grid]
    return config


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fixture", required=True, help="the micro fixture folder (its tools/ builds the model)")
    parser.add_argument("--out", required=True, help="output folder for the converted graphs")
    parser.add_argument("--image-size", type=int, default=256, help="model input side in pixels (default 256)")
    parser.add_argument("--threads", type=int, default=0, help="torch CPU threads for the conversion")
    args = parser.parse_args(argv)

    sys.path.insert(0, os.path.join(os.path.abspath(args.fixture), "tools"))
    import torch
    import export_micro
    from transformers import Sam2VideoModel

    torch.manual_seed(export_micro.MICRO_SEED)
    config = small_config(export_micro, args.image_size)
    try:
        config._attn_implementation = "eager"
    except Exception:
        pass
    model = Sam2VideoModel(config)
    export_micro.fixture_init_(model)
    export_micro.force_eager(model)
    model = model.float().eval()
    with tempfile.TemporaryDirectory() as checkpoint:
        model.save_pretrained(checkpoint)
        command = [sys.executable, os.path.join(HERE, "convert_sam2.py"), "--checkpoint", checkpoint,
                   "--out", args.out, "--name", os.path.basename(os.path.abspath(args.out))]
        if args.threads:
            command += ["--threads", str(args.threads)]
        print("running " + " ".join(command), flush=True)
        subprocess.run(command, check=True)


if __name__ == "__main__":
    main()
