"""The version of minsheng, set statically so that import stays cheap."""

__version__ = "0.1.0"
