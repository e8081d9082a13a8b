"""Demo data: a believable book for trying the app, screenshots and benchmarks."""

from tracker.services.demo.service import DemoReport, DemoService

__all__ = ["DemoReport", "DemoService"]
