# Makes the DataTable module's reference values for Tests/Fixtures/reference/apisrs.csv: what R's read.csv reads.
# Run from the repository root:  Rscript Tests/Fixtures/scripts/datatable-apisrs-r-values.R
# (made with R 4.2.2 Patched, Debian)
#
# apisrs-r-columns.csv: every column's R class after read.csv and its count of NA values.
# apisrs-r-numbers.csv: every numeric (integer or double) column, each value as C99 hexadecimal ("%a"), which
#   states the exact Double R holds, independent of any decimal parsing; NA where R has NA.
d <- read.csv("Tests/Fixtures/reference/apisrs.csv")
columns <- data.frame(column = names(d),
                      r_class = sapply(d, function(x) class(x)[1]),
                      na_count = sapply(d, function(x) sum(is.na(x))))
write.csv(columns, "Tests/Fixtures/datatable/apisrs-r-columns.csv", row.names = FALSE, quote = FALSE)
numeric <- d[sapply(d, function(x) is.numeric(x))]
hex <- as.data.frame(lapply(numeric, function(x) ifelse(is.na(x), "NA", sprintf("%a", as.double(x)))))
write.csv(hex, "Tests/Fixtures/datatable/apisrs-r-numbers.csv", row.names = FALSE, quote = FALSE)
