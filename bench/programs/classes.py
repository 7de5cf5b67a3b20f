# Method calls on classes: a small task scheduler in the spirit of Richards (tasks, packets, queues).
class Packet:
    def __init__(self, link, kind, datum):
        self.link = link
        self.kind = kind
        self.datum = datum

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, ident, priority):
        self.ident = ident
        self.priority = priority
        self.queue = None
        self.count = 0

    def receive(self, packet):
        self.queue = packet.append_to(self.queue)

    def take(self):
        p = self.queue
        if p is not None:
            self.queue = p.link
        return p

    def run(self, scheduler, packet):
        self.count += 1
        return packet


class Worker(Task):
    def run(self, scheduler, packet):
        self.count += 1
        packet.datum = (packet.datum * 17 + self.ident) % 10007
        scheduler.send(packet, (self.ident + packet.datum) % scheduler.size)
        return None


class Handler(Task):
    def __init__(self, ident, priority):
        Task.__init__(self, ident, priority)
        self.handled = 0

    def run(self, scheduler, packet):
        self.count += 1
        self.handled += packet.datum
        packet.kind += 1
        if packet.kind < 40:
            scheduler.send(packet, (self.ident * 3 + 1) % scheduler.size)
        return None


class Scheduler:
    def __init__(self, size):
        self.size = size
        self.tasks = []
        for i in range(size):
            if i % 3 == 0:
                self.tasks.append(Handler(i, i % 5))
            else:
                self.tasks.append(Worker(i, i % 5))
        self.sends = 0

    def send(self, packet, target):
        self.sends += 1
        self.tasks[target].receive(packet)

    def schedule(self):
        busy = True
        while busy:
            busy = False
            for task in self.tasks:
                packet = task.take()
                if packet is not None:
                    busy = True
                    task.run(self, packet)


scheduler = Scheduler(31)
for n in range(6000):
    scheduler.send(Packet(None, 0, n), n % 31)
scheduler.schedule()
handled = 0
counts = 0
for t in scheduler.tasks:
    counts = counts * 7 + t.count
    if isinstance(t, Handler):
        handled += t.handled
print(scheduler.sends, handled, counts % 1000000007)
