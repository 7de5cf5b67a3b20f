class Base:
    @property
    def name(self):
        return "base"
    def show(self):
        return "I am " + self.name

class Child(Base):
    @property
    def name(self):
        return "child"

print(Base().show(), Child().show())
