# Module-level state is shared: every importer sees the one module object, attribute writes from
# other modules included; a from-import copies the binding at import time.
import config
import producer
import consumer
from config import counter as counter_at_import

producer.produce(3)
consumer.consume()
config.counter += 10
config.label = "set by main"
print(config.counter, counter_at_import, config.items)
print(config.label, consumer.label_seen())
print(config.bump(), config.counter)
del config.label
print(hasattr(config, "label"))
print(producer.config is consumer.config is config)
