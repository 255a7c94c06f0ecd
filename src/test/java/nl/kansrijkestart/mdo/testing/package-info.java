/** Test support shared by the tests of all modules. */
@NullMarked
package nl.kansrijkestart.mdo.testing;

import org.jspecify.annotations.NullMarked;
