#!/usr/bin/perl
# SPDX-License-Identifier: MIT
#
# Usage: match-transcript.pl EXPECTED ACTUAL
#
# Does a command's output (ACTUAL) say what the docs show (EXPECTED)? Both are read as
# lines and normalised first, so that what changes from run to run does not count:
# revision ids, file-name stamps, dates and times, durations, sizes, backup ids and pids. What
# remains, the words, the order of the lines and their indentation, must agree. In EXPECTED, a
# line that is just "..." (indented or not) stands for any number of lines (the docs'
# "shortened"), and "..." inside a line for any text.
# Exits 0 on a match; 1 with both texts, normalised, on stderr.
use strict;
use warnings;

die "usage: $0 EXPECTED ACTUAL\n" unless @ARGV == 2;

sub read_lines {
    my ($path) = @_;
    open(my $in, '<:encoding(UTF-8)', $path) or die "match-transcript: $path: $!\n";
    my @lines = map { normalise($_) } <$in>;
    pop @lines while @lines && $lines[-1] eq '';
    return @lines;
}

sub normalise {
    my ($line) = @_;
    $line =~ s/\s+$//;
    $line =~ s/(?<![0-9A-Za-z])[0-9a-f]{64}(?![0-9A-Za-z])/<sha256>/g;
    $line =~ s/(?<![0-9A-Za-z])[0-9a-f]{12}(?![0-9A-Za-z])/<rev>/g;
    $line =~ s/\d{8}_\d{4}-/<stamp>-/g;
    $line =~ s/\d{8}-\d{6}-([A-Za-z0-9_]+)(?:-\d+)?/<backup>-$1/g;   # id-connection[-N]
    $line =~ s/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z/<time>/g;
    $line =~ s/(?<!\d)\d{4}-\d\d-\d\d(?!\d)/<date>/g;
    $line =~ s/(?<!\d)\d\d:\d\d:\d\d(?!\d)/<clock>/g;
    $line =~ s/\bpid \d+/pid <pid>/g;
    $line =~ s/(?<![\d.])\d+(?:\.\d+)? ?(?:ms|s|min)(?![A-Za-z])/<duration>/g;
    $line =~ s/(?<![\d.])\d+(?:\.\d+)? ?(?:B|kB|KB|MB|GB|KiB|MiB|GiB)(?![A-Za-z])/<size>/g;
    # Columns are padded to their widest value, which the masks above change: compare the
    # words of a line, and its indentation.
    $line =~ s/(?<=\S)\s+(?=\S)/ /g;
    return $line;
}

# "..." inside an expected line matches any text; the rest is literal.
sub line_pattern {
    my ($line) = @_;
    return qr/^\Q$line\E$/ unless $line =~ /\.\.\./;
    return '^' . join('.*', map { quotemeta } split(/\.\.\./, $line, -1)) . '$';
}

my @expected = read_lines($ARGV[0]);
my @actual = read_lines($ARGV[1]);
my @patterns = map { /^\s*\.\.\.$/ ? undef : line_pattern($_) } @expected;

# Backtracking over the "..." lines; memoised, so it stays linear in practice.
my %seen;
sub matches {
    my ($e, $a) = @_;
    return $a == @actual if $e == @expected;
    my $key = "$e,$a";
    return $seen{$key} if exists $seen{$key};
    my $result;
    if (!defined $patterns[$e]) {
        $result = 0;
        for (my $skip = $a; $skip <= @actual && !$result; ++$skip) {
            $result = matches($e + 1, $skip);
        }
    } else {
        $result = $a < @actual && $actual[$a] =~ $patterns[$e] && matches($e + 1, $a + 1);
    }
    return $seen{$key} = $result ? 1 : 0;
}

exit 0 if matches(0, 0);
print STDERR "match-transcript: the output differs from the docs (both normalised).\n";
print STDERR "--- the docs show:\n", map { "  $_\n" } @expected;
print STDERR "--- the command printed:\n", map { "  $_\n" } @actual;
exit 1;
