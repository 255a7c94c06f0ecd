/**
 * Building blocks every module may use: time, base entity, input validation failures, the
 * application shell and main layout, error handling and translations. Depends on no other module.
 */
@NullMarked
@ApplicationModule(displayName = "Shared")
package nl.kansrijkestart.mdo.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
