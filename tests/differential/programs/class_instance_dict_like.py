class Config:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
    def get(self, name, default=None):
        return getattr(self, name, default)

cfg = Config(debug=True, level=3)
print(cfg.debug, cfg.level, cfg.get("level"), cfg.get("nope", "dflt"))
cfg.level += 1
print(cfg.level)
print(sorted(k for k in ["debug", "level", "x"] if hasattr(cfg, k)))
