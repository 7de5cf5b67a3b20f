package dev.molt.service.api.state;

import dev.molt.service.v1.Build;
import dev.molt.service.v1.BuildEvent;
import dev.molt.service.v1.BuildStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Every build's state, folded from the events of {@code molt.build.events} (docs/decisions/0050).
 *
 * <p>The fold is the only build database: replaying the topic from its start rebuilds the same
 * book. It is idempotent — duplicates and events after a build's end change nothing — so an event
 * that api-svc applies locally when it publishes (to answer at once) and then reads back from the
 * topic counts once. Events of builds whose {@code Submitted} was never seen are ignored.
 *
 * <p>Thread-safe; listeners are called under the lock (see {@link BuildListener}).
 */
public final class BuildBook {
  // insertion order is submission order, which "newest first" reverses
  private final Map<String, BuildState> builds = new LinkedHashMap<>();
  private final Map<String, List<BuildListener>> listeners = new HashMap<>();

  /** Folds one event; answers whether it changed a build (false for duplicates and strays). */
  public synchronized boolean apply(BuildEvent event) {
    String id = event.getBuildId();
    BuildState state = builds.get(id);
    boolean changed;
    if (event.hasSubmitted()) {
      changed = state == null;
      if (changed) {
        state = new BuildState(event);
        builds.put(id, state);
      }
    } else {
      changed = state != null && state.apply(event);
    }
    if (changed) {
      notifyListeners(state, event);
    }
    return changed;
  }

  private void notifyListeners(BuildState state, BuildEvent event) {
    boolean last = state.ended();
    List<BuildListener> following = last ? listeners.remove(state.id()) : listeners.get(state.id());
    if (following != null) {
      for (BuildListener listener : List.copyOf(following)) {
        deliver(state.id(), listener, event, last);
      }
    }
  }

  /** A listener that throws has lost its client: it is dropped, and the fold goes on. */
  private boolean deliver(String id, BuildListener listener, BuildEvent event, boolean last) {
    try {
      listener.onEvent(event, last);
      return true;
    } catch (RuntimeException e) {
      unfollow(id, listener);
      return false;
    }
  }

  public synchronized Optional<Build> get(String id) {
    BuildState state = builds.get(id);
    return state == null ? Optional.empty() : Optional.of(state.snapshot());
  }

  /** Up to {@code limit} builds, most recently submitted first. */
  public synchronized List<Build> recent(int limit) {
    return recent(limit, b -> true);
  }

  /** Up to {@code limit} builds that pass {@code filter} (a team's), most recent first. */
  public synchronized List<Build> recent(int limit, Predicate<Build> filter) {
    List<BuildState> all = new ArrayList<>(builds.values());
    List<Build> out = new ArrayList<>();
    for (int i = all.size() - 1; i >= 0 && out.size() < limit; i--) {
      Build build = all.get(i).snapshot();
      if (filter.test(build)) {
        out.add(build);
      }
    }
    return out;
  }

  /**
   * Replays a build's events so far to {@code listener}, then, unless the build has ended, keeps
   * it informed of new ones until the end. Replay and registration happen under one lock, so no
   * event is missed or delivered twice.
   *
   * @return how to stop following, or empty when there is no such build
   */
  public synchronized Optional<Runnable> follow(String id, BuildListener listener) {
    BuildState state = builds.get(id);
    if (state == null) {
      return Optional.empty();
    }
    List<BuildEvent> log = state.log();
    for (int i = 0; i < log.size(); i++) {
      if (!deliver(id, listener, log.get(i), state.ended() && i == log.size() - 1)) {
        return Optional.of(() -> { });
      }
    }
    if (state.ended()) {
      return Optional.of(() -> { });
    }
    listeners.computeIfAbsent(id, k -> new ArrayList<>()).add(listener);
    return Optional.of(() -> unfollow(id, listener));
  }

  private synchronized void unfollow(String id, BuildListener listener) {
    List<BuildListener> following = listeners.get(id);
    if (following != null) {
      following.remove(listener);
      if (following.isEmpty()) {
        listeners.remove(id);
      }
    }
  }

  /** Ids of builds not ended {@code timeoutMs} after their submission, oldest first. */
  public synchronized List<String> overdue(long nowMs, long timeoutMs) {
    List<String> out = new ArrayList<>();
    for (BuildState state : builds.values()) {
      if (!state.ended() && nowMs - state.createdMs() >= timeoutMs) {
        out.add(state.id());
      }
    }
    return out;
  }

  /** SUCCEEDED, FAILED and CANCELLED are ends: nothing changes a build after them. */
  public static boolean isEnd(BuildStatus status) {
    return BuildState.isEnd(status);
  }

  public synchronized int size() {
    return builds.size();
  }
}
