package dev.molt.service.api.rest;

import dev.molt.service.api.state.BuildListener;
import dev.molt.service.v1.BuildEvent;
import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Streams one build's events to one SSE client. The book calls {@link #onEvent} under its lock,
 * where writing to a slow client must not happen: events are queued, and one task at a time
 * drains the queue into the emitter on the executor, so they stay in order.
 */
final class SseWatch implements BuildListener {
  private record Item(BuildEvent event, boolean last) {}

  private final SseEmitter emitter;
  private final Executor executor;
  private final Queue<Item> queue = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean draining = new AtomicBoolean();
  private volatile Runnable unfollow = () -> { };
  private volatile boolean closed;
  private long sequence;

  SseWatch(SseEmitter emitter, Executor executor) {
    this.emitter = emitter;
    this.executor = executor;
    emitter.onCompletion(this::close);
    emitter.onTimeout(this::close);
    emitter.onError(e -> close());
  }

  void unfollowWith(Runnable unfollow) {
    this.unfollow = unfollow;
    if (closed) {
      unfollow.run();
    }
  }

  @Override
  public void onEvent(BuildEvent event, boolean last) {
    queue.add(new Item(event, last));
    schedule();
  }

  private void schedule() {
    if (draining.compareAndSet(false, true)) {
      executor.execute(this::drain);
    }
  }

  private void drain() {
    try {
      for (Item item; !closed && (item = queue.poll()) != null; ) {
        Views.EventView view = Views.event(item.event());
        emitter.send(SseEmitter.event()
            .id(Long.toString(sequence++))
            .name(view.kind())
            .data(view, MediaType.APPLICATION_JSON));
        if (item.last()) {
          emitter.complete();  // the build ended: so does the stream
          close();
        }
      }
    } catch (IOException | IllegalStateException e) {
      close();  // the client went away
    }
    draining.set(false);
    if (!closed && !queue.isEmpty()) {
      schedule();  // an event arrived after the loop looked
    }
  }

  private void close() {
    closed = true;
    unfollow.run();
  }
}
