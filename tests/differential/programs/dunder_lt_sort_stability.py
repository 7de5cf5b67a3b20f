class Task:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name
    def __lt__(self, other):
        return self.prio < other.prio
    def __repr__(self):
        return self.name

tasks = [Task(2, "b1"), Task(1, "a1"), Task(2, "b2"), Task(1, "a2"), Task(0, "z")]
print(sorted(tasks))
print(min(tasks), max(tasks))
tasks.sort(reverse=True)
print(tasks)
