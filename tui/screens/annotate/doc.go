// Package annotate is the labeling screen: the task text, wrapped and
// scrollable, the schema's labels with one hotkey each, undo and skip,
// progress in the chunk and the campaign, the time on the current item, and
// the background submission state of the chunk.
//
// Every label is handed to the backend the moment it is given
// (Backend.SaveLabel, journaled behind it); a failed save puts the task back
// to unlabeled and says so, so the screen never shows a label that is not
// durable. When every task of the chunk is labeled, enter submits it: the
// backend commits and later reveals on its own, and the screen shows the
// phase it reports.
package annotate
