"""Demo data: a believable book for trying the app, screenshots and benchmarks; removable in one step."""

from tracker.services.demo.service import DemoRemoval, DemoReport, DemoService, NoDemoData

__all__ = ["DemoRemoval", "DemoReport", "DemoService", "NoDemoData"]
