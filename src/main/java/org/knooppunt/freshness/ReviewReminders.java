package org.knooppunt.freshness;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs {@link FreshnessService#remind()} in the background every {@code
 * knooppunt.freshness.reminderMinutes} (default 60; 0 switches it off), first one interval after
 * start. On the server's managed scheduler (Jakarta Concurrency), so the container owns the thread
 * and stops it with the application. A run that finds nothing due sends nothing, so several
 * instances running it only cost a query.
 */
@ApplicationScoped
public class ReviewReminders {

  private static final Logger LOG = Logger.getLogger(ReviewReminders.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject FreshnessService freshness;

  @Inject
  @ConfigProperty(name = "knooppunt.freshness.reminderMinutes", defaultValue = "60")
  long minutes;

  private ScheduledFuture<?> task;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    if (minutes <= 0) {
      LOG.info("Review reminders are switched off (knooppunt.freshness.reminderMinutes=0)");
      return;
    }
    task = scheduler.scheduleAtFixedRate(this::run, minutes, minutes, TimeUnit.MINUTES);
  }

  void run() {
    try {
      freshness.remind();
    } catch (RuntimeException e) {
      // The next run tries again; a failure here must not cancel the schedule.
      LOG.log(Level.WARNING, "Review reminders failed; retrying at the next run", e);
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
