package org.knooppunt.health;

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
 * Runs {@link HealthService#yearly()} in the background every {@code knooppunt.health.checkHours}
 * (default 24; 0 switches it off), first ten minutes after start, on the server's managed scheduler
 * (as the review reminders do). The run only makes the snapshots missing for the current year, so
 * checking daily makes each year's snapshots on its first day and costs one query on the others.
 */
@ApplicationScoped
public class YearlySnapshots {

  private static final Logger LOG = Logger.getLogger(YearlySnapshots.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject HealthService health;

  @Inject
  @ConfigProperty(name = "knooppunt.health.checkHours", defaultValue = "24")
  long hours;

  private ScheduledFuture<?> task;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    if (hours <= 0) {
      LOG.info("Yearly health snapshots are switched off (knooppunt.health.checkHours=0)");
      return;
    }
    task = scheduler.scheduleAtFixedRate(this::run, 10, hours * 60, TimeUnit.MINUTES);
  }

  void run() {
    try {
      int made = health.yearly();
      if (made > 0) {
        LOG.info(() -> "Health snapshots made for this year: " + made);
      }
    } catch (RuntimeException e) {
      // The next run tries again; a failure here must not cancel the schedule.
      LOG.log(Level.WARNING, "Yearly health snapshots failed; retrying at the next run", e);
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
