/**
 * The people directory (DEFAULT placement): everyone in the portal with live presence, searchable
 * and filterable, in a virtualised list, with a person card. See README.md.
 */
export { PeopleDirectory, useDirectoryFirstScreenSettled } from './components/PeopleDirectory';
export { directoryMessages } from './messages';
