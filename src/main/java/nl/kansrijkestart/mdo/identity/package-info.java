/**
 * Who uses the application: accounts with roles, one discipline and one organisation each,
 * organisations, sign-in and the security configuration. Knows nothing of cases or meetings.
 */
@NullMarked
@ApplicationModule(displayName = "Identity")
package nl.kansrijkestart.mdo.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
