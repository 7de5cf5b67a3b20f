class Node:
    created = 0
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
        Node.created += 1

head = None
for v in range(5):
    head = Node(v, head)
values = []
n = head
while n is not None:
    values.append(n.value)
    n = n.next
print(values, Node.created)
