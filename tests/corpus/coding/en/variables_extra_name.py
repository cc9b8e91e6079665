hours = 38
rate = 12
week = hours * rate
print(week)
