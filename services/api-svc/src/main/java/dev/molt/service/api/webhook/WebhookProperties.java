package dev.molt.service.api.webhook;

import java.time.Duration;
import java.util.Optional;

/**
 * The webhook keys of docs/decisions/0062:
 * {@code molt.webhook.public-url} ({@code MOLT_WEBHOOK_PUBLIC_URL}): the address people open the
 * web UI at, for the link of a commit status (default: the address the webhook was sent to);
 * {@code molt.webhook.max-repo-bytes} (default 100MB): the most a fetched repository may take;
 * {@code molt.webhook.fetch-timeout} (default 60s): the longest a fetch may take.
 */
record WebhookProperties(Optional<String> publicUrl, long maxRepoBytes, Duration fetchTimeout) {
  static final String PUBLIC_URL = "molt.webhook.public-url";
  static final String MAX_REPO_BYTES = "molt.webhook.max-repo-bytes";
  static final String FETCH_TIMEOUT = "molt.webhook.fetch-timeout";
}
