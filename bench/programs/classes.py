# Method calls on classes: a small task scheduler in the spirit of Richards (tasks, packets, queues).
class Packet:
    def __init__(self, kind, datum):
        self.link = None
        self.kind = kind
        self.datum = datum


class Queue:
    def __init__(self):
        self.head = None
        self.tail = None

    def push(self, packet):
        packet.link = None
        if self.tail is None:
            self.head = packet
        else:
            self.tail.link = packet
        self.tail = packet

    def pop(self):
        p = self.head
        if p is not None:
            self.head = p.link
            if self.head is None:
                self.tail = None
        return p


class Task:
    def __init__(self, ident, priority):
        self.ident = ident
        self.priority = priority
        self.queue = Queue()
        self.count = 0

    def receive(self, packet):
        self.queue.push(packet)

    def take(self):
        return self.queue.pop()

    def forward(self, scheduler, packet, target):
        packet.kind += 1
        if packet.kind < 30:
            scheduler.send(packet, target)


class Worker(Task):
    def run(self, scheduler, packet):
        self.count += 1
        packet.datum = (packet.datum * 17 + self.ident) % 10007
        self.forward(scheduler, packet, (self.ident + packet.datum) % scheduler.size)


class Handler(Task):
    def __init__(self, ident, priority):
        Task.__init__(self, ident, priority)
        self.handled = 0

    def run(self, scheduler, packet):
        self.count += 1
        self.handled += packet.datum
        self.forward(scheduler, packet, (self.ident * 3 + self.priority + 1) % scheduler.size)


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
for n in range(20000):
    scheduler.send(Packet(0, n), n % 31)
scheduler.schedule()
handled = 0
counts = 0
for t in scheduler.tasks:
    counts = counts * 7 + t.count
    if isinstance(t, Handler):
        handled += t.handled
print(scheduler.sends, handled, counts % 1000000007)
