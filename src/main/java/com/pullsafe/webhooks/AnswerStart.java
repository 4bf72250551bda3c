package com.pullsafe.webhooks;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Keeps the first {@code max} bytes of an answer as text and lets go of the rest unread (the
 * connection is closed), so that a receiver answering without end costs at most {@code max} bytes.
 * An answer cut off by an error keeps what came before it.
 */
final class AnswerStart implements HttpResponse.BodySubscriber<String> {

  private final int max;
  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private final CompletableFuture<String> text = new CompletableFuture<>();
  private Flow.Subscription subscription;
  private boolean abandoned;

  AnswerStart(int max) {
    this.max = max;
  }

  @Override
  public CompletionStage<String> getBody() {
    return text;
  }

  @Override
  public synchronized void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    if (abandoned) {
      subscription.cancel();
    } else {
      subscription.request(1);
    }
  }

  @Override
  public synchronized void onNext(List<ByteBuffer> buffers) {
    for (ByteBuffer buffer : buffers) {
      int take = Math.min(buffer.remaining(), max - kept.size());
      byte[] bytes = new byte[take];
      buffer.get(bytes);
      kept.write(bytes, 0, take);
    }
    if (kept.size() >= max) {
      abandon();
    } else if (!abandoned) {
      subscription.request(1);
    }
  }

  @Override
  public void onError(Throwable error) {
    finish();
  }

  @Override
  public void onComplete() {
    finish();
  }

  /** Stops reading: what was kept is the answer. */
  synchronized void abandon() {
    abandoned = true;
    if (subscription != null) {
      subscription.cancel();
    }
    finish();
  }

  private synchronized void finish() {
    text.complete(kept.toString(StandardCharsets.UTF_8));
  }
}
