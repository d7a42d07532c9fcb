/**
 * {@code conv fix} as a library: the configuration ({@code dev.conv.config}) made into steps. The
 * {@link StepCatalog} names each step a configuration may list and how to build it; {@link
 * StepSettings} turns the keys into each step's policy, so a command-line run and a configured run
 * build the same step from the same values, and a bad value is reported where it was given.
 */
package dev.conv.fix;
