package dev.molt.service.api.state;

import dev.molt.service.v1.BuildEvent;

/**
 * Follows one build. Called while the book is locked, in event order, so it must only hand the
 * event on (queue it, or pass it to a non-blocking stream) and never wait.
 */
public interface BuildListener {
  /**
   * One event that changed the build.
   *
   * @param last true for the event that ended the build; nothing follows it
   */
  void onEvent(BuildEvent event, boolean last);
}
